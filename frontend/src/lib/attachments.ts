import type { components } from '@/lib/api/schema';

/** A file attached to a record (a meeting's minutes, a visit's photo): the API's AttachmentView. */
export type Attachment = components['schemas']['AttachmentView'];

/** Pictures are shown in the page; other files are saved. */
export const isImage = (file: Attachment) => file.contentType.startsWith('image/');

/** The `accept` of a file input for pictures only (the server judges JPEG and PNG from the content). */
export const IMAGE_ACCEPT = 'image/jpeg,image/png,.jpg,.jpeg,.png';

/** The `accept` of a file input for documents or pictures. */
export const DOCUMENT_ACCEPT = '.pdf,.docx,.xlsx,.jpg,.jpeg,.png';
