/** Where the document request screens live. */
export const requestPath = (id: string) => `/documents/${id}`;
export const answerPath = (id: string, officeCode: string) => `/documents/${id}/${officeCode}`;
