// Generated from openapi/openapi.yaml by scripts/gen-constraints.mjs (`npm run gen:api`); do not edit.
// The limits the server checks (Bean Validation) per schema property, for the forms to check first.
export const constraints = {
  "ActivityRequest": {
    "title": {
      "pattern": "\\S",
      "maxLength": 200
    },
    "nationalDay": {
      "maxLength": 200
    },
    "description": {
      "maxLength": 4000
    },
    "outcomes": {
      "maxLength": 4000
    },
    "budgetBaht": {
      "minimum": 0,
      "maximum": 9999999999.99,
      "multipleOf": 0.01
    },
    "budgetSource": {
      "maxLength": 200
    },
    "latitude": {
      "minimum": -90,
      "maximum": 90
    },
    "longitude": {
      "minimum": -180,
      "maximum": 180
    }
  },
  "ActivityVoidRequest": {
    "reason": {
      "pattern": "\\S",
      "minLength": 3,
      "maxLength": 500
    }
  },
  "CenterRequest": {
    "subdistrictCode": {
      "pattern": "^[0-9]{6}$"
    },
    "name": {
      "pattern": "\\S",
      "maxLength": 200
    },
    "villageNo": {
      "minimum": 1,
      "maximum": 200
    },
    "villageName": {
      "maxLength": 200
    },
    "address": {
      "maxLength": 500
    },
    "latitude": {
      "minimum": -90,
      "maximum": 90
    },
    "longitude": {
      "minimum": -180,
      "maximum": 180
    },
    "phone": {
      "pattern": "^[0-9+() -]{3,20}$"
    },
    "notes": {
      "maxLength": 2000
    },
    "exceptionReason": {
      "maxLength": 500
    }
  },
  "CenterStatusRequest": {
    "reason": {
      "maxLength": 500
    },
    "exceptionReason": {
      "maxLength": 500
    }
  },
  "DocumentAnswerNote": {
    "note": {
      "maxLength": 4000
    }
  },
  "DocumentRequestChange": {
    "title": {
      "pattern": "\\S",
      "maxLength": 200
    },
    "instructions": {
      "pattern": "\\S",
      "maxLength": 4000
    }
  },
  "DocumentRequestCreate": {
    "fiscalYear": {
      "minimum": 2500,
      "maximum": 2700
    },
    "title": {
      "pattern": "\\S",
      "maxLength": 200
    },
    "instructions": {
      "pattern": "\\S",
      "maxLength": 4000
    },
    "targetProvinceCode": {
      "pattern": "[0-9]{2}"
    }
  },
  "DocumentReview": {
    "comment": {
      "maxLength": 2000
    }
  },
  "HolidayRequest": {
    "nameTh": {
      "pattern": "\\S",
      "maxLength": 200
    },
    "nameEn": {
      "pattern": "\\S",
      "maxLength": 200
    }
  },
  "LessonNoteRequest": {
    "note": {
      "pattern": "\\S",
      "minLength": 3,
      "maxLength": 1000
    }
  },
  "LessonRequest": {
    "fiscalYear": {
      "minimum": 2500,
      "maximum": 2700
    },
    "title": {
      "pattern": "\\S",
      "maxLength": 200
    },
    "problem": {
      "pattern": "\\S",
      "maxLength": 4000
    },
    "actions": {
      "pattern": "\\S",
      "maxLength": 4000
    },
    "results": {
      "pattern": "\\S",
      "maxLength": 4000
    },
    "successFactors": {
      "pattern": "\\S",
      "maxLength": 4000
    },
    "advice": {
      "pattern": "\\S",
      "maxLength": 4000
    }
  },
  "MeetingRequest": {
    "areaCode": {
      "pattern": "^([0-9]{2}|[0-9]{4})?$"
    },
    "place": {
      "pattern": "\\S",
      "maxLength": 300
    },
    "title": {
      "pattern": "\\S",
      "maxLength": 200
    },
    "agenda": {
      "pattern": "\\S",
      "maxLength": 4000
    },
    "attendeeNames": {
      "maxLength": 8000
    }
  },
  "MemberRequest": {
    "fullName": {
      "pattern": "\\S",
      "maxLength": 200
    },
    "phone": {
      "pattern": "^[0-9+() -]{3,20}$"
    },
    "skills": {
      "maxLength": 1000
    }
  },
  "OfficeContactRequest": {
    "email": {
      "pattern": "\\S",
      "maxLength": 200
    }
  },
  "OperatingPointRequest": {
    "address": {
      "maxLength": 500
    },
    "latitude": {
      "minimum": -90,
      "maximum": 90
    },
    "longitude": {
      "minimum": -180,
      "maximum": 180
    }
  },
  "Participants": {
    "committee": {
      "minimum": 0,
      "maximum": 100000
    },
    "volunteerLeaders": {
      "minimum": 0,
      "maximum": 100000
    },
    "community": {
      "minimum": 0,
      "maximum": 100000
    },
    "partners": {
      "minimum": 0,
      "maximum": 100000
    },
    "officers": {
      "minimum": 0,
      "maximum": 100000
    }
  },
  "PartnerLinkRequest": {
    "fiscalYear": {
      "minimum": 2500,
      "maximum": 2700
    },
    "budgetBaht": {
      "minimum": 0,
      "maximum": 9999999999.99,
      "multipleOf": 0.01
    }
  },
  "PartnerRequest": {
    "name": {
      "pattern": "\\S",
      "maxLength": 200
    },
    "kind": {
      "maxLength": 100
    },
    "contactPerson": {
      "maxLength": 200
    },
    "contactPhone": {
      "pattern": "^[0-9+() -]{3,20}$"
    },
    "areaCode": {
      "pattern": "^([0-9]{2}|[0-9]{4})$"
    }
  },
  "PlanLineRequest": {
    "quarter": {
      "minimum": 1,
      "maximum": 4
    },
    "title": {
      "pattern": "\\S",
      "maxLength": 200
    },
    "expectedParticipants": {
      "minimum": 0,
      "maximum": 100000
    }
  },
  "PlanRequest": {
    "targetActivities": {
      "minimum": 0,
      "maximum": 1000
    },
    "targetParticipants": {
      "minimum": 0,
      "maximum": 1000000
    }
  },
  "ReasonRequest": {
    "reason": {
      "pattern": "\\S",
      "maxLength": 2000
    }
  },
  "ReportNarrativeRequest": {
    "results": {
      "maxLength": 8000
    },
    "problems": {
      "maxLength": 8000
    },
    "suggestions": {
      "maxLength": 8000
    },
    "goodPractice": {
      "maxLength": 8000
    }
  },
  "ResolutionDoneRequest": {
    "note": {
      "maxLength": 1000
    }
  },
  "ResolutionRequest": {
    "text": {
      "pattern": "\\S",
      "maxLength": 1000
    },
    "assignee": {
      "maxLength": 200
    }
  },
  "ReviewRequest": {
    "comment": {
      "maxLength": 2000
    }
  },
  "RubricCriterionRequest": {
    "name": {
      "pattern": "\\S",
      "maxLength": 200
    },
    "description": {
      "maxLength": 2000
    },
    "weight": {
      "minimum": 1,
      "maximum": 100
    }
  },
  "RubricLevelRequest": {
    "name": {
      "pattern": "\\S",
      "maxLength": 100
    },
    "minScore": {
      "minimum": 1,
      "maximum": 5,
      "multipleOf": 0.01
    }
  },
  "VisitRequest": {
    "visitors": {
      "pattern": "\\S",
      "maxLength": 1000
    },
    "latitude": {
      "minimum": -90,
      "maximum": 90
    },
    "longitude": {
      "minimum": -180,
      "maximum": 180
    },
    "strengths": {
      "maxLength": 4000
    },
    "advice": {
      "maxLength": 4000
    },
    "followUp": {
      "maxLength": 2000
    }
  },
  "VisitScoreRequest": {
    "score": {
      "minimum": 1,
      "maximum": 5
    },
    "note": {
      "maxLength": 1000
    }
  }
} as const;
