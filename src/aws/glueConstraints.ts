/** Generated from Glue's API model by `npm run glue-constraints`: do not edit (a test checks it is current). */
import type { ShapeConstraints } from './requestLimits.js'

/** The input shape of each Glue operation deploy writes with. */
export const DEPLOY_OPERATION_INPUTS: Record<string, string> = {
  CreateWorkflow: 'CreateWorkflowRequest',
  UpdateWorkflow: 'UpdateWorkflowRequest',
  CreateTrigger: 'CreateTriggerRequest',
  UpdateTrigger: 'UpdateTriggerRequest',
  StartTrigger: 'StartTriggerRequest',
  DeleteTrigger: 'DeleteTriggerRequest',
  TagResource: 'TagResourceRequest',
  UntagResource: 'UntagResourceRequest'
}

/** Every shape those inputs reach, with its constraints only. */
export const GLUE_SHAPES: Record<string, ShapeConstraints> = {
  CreateWorkflowRequest: {
    type: 'structure',
    required: ['Name'],
    members: {
      Name: 'NameString',
      Description: 'GenericString',
      DefaultRunProperties: 'WorkflowRunProperties',
      Tags: 'TagsMap',
      MaxConcurrentRuns: 'NullableInteger'
    }
  },
  NameString: {
    type: 'string',
    min: 1,
    max: 255,
    pattern: '[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF\\t]*'
  },
  GenericString: {
    type: 'string'
  },
  WorkflowRunProperties: {
    type: 'map',
    key: 'IdString',
    value: 'GenericString'
  },
  IdString: {
    type: 'string',
    min: 1,
    max: 255,
    pattern: '[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF\\t]*'
  },
  TagsMap: {
    type: 'map',
    min: 0,
    max: 50,
    key: 'TagKey',
    value: 'TagValue'
  },
  TagKey: {
    type: 'string',
    min: 1,
    max: 128
  },
  TagValue: {
    type: 'string',
    min: 0,
    max: 256
  },
  NullableInteger: {
    type: 'integer'
  },
  UpdateWorkflowRequest: {
    type: 'structure',
    required: ['Name'],
    members: {
      Name: 'NameString',
      Description: 'GenericString',
      DefaultRunProperties: 'WorkflowRunProperties',
      MaxConcurrentRuns: 'NullableInteger'
    }
  },
  CreateTriggerRequest: {
    type: 'structure',
    required: ['Name', 'Type', 'Actions'],
    members: {
      Name: 'NameString',
      WorkflowName: 'NameString',
      Type: 'TriggerType',
      Schedule: 'GenericString',
      Predicate: 'Predicate',
      Actions: 'ActionList',
      Description: 'DescriptionString',
      StartOnCreation: 'BooleanValue',
      Tags: 'TagsMap',
      EventBatchingCondition: 'EventBatchingCondition'
    }
  },
  TriggerType: {
    type: 'string',
    enum: ['SCHEDULED', 'CONDITIONAL', 'ON_DEMAND', 'EVENT']
  },
  Predicate: {
    type: 'structure',
    members: {
      Logical: 'Logical',
      Conditions: 'ConditionList'
    }
  },
  Logical: {
    type: 'string',
    enum: ['AND', 'ANY']
  },
  ConditionList: {
    type: 'list',
    member: 'Condition'
  },
  Condition: {
    type: 'structure',
    members: {
      LogicalOperator: 'LogicalOperator',
      JobName: 'NameString',
      State: 'JobRunState',
      CrawlerName: 'NameString',
      CrawlState: 'CrawlState'
    }
  },
  LogicalOperator: {
    type: 'string',
    enum: ['EQUALS']
  },
  JobRunState: {
    type: 'string',
    enum: ['STARTING', 'RUNNING', 'STOPPING', 'STOPPED', 'SUCCEEDED', 'FAILED', 'TIMEOUT', 'ERROR', 'WAITING']
  },
  CrawlState: {
    type: 'string',
    enum: ['RUNNING', 'CANCELLING', 'CANCELLED', 'SUCCEEDED', 'FAILED', 'ERROR']
  },
  ActionList: {
    type: 'list',
    member: 'Action'
  },
  Action: {
    type: 'structure',
    members: {
      JobName: 'NameString',
      Arguments: 'GenericMap',
      Timeout: 'Timeout',
      SecurityConfiguration: 'NameString',
      NotificationProperty: 'NotificationProperty',
      CrawlerName: 'NameString'
    }
  },
  GenericMap: {
    type: 'map',
    key: 'GenericString',
    value: 'GenericString'
  },
  Timeout: {
    type: 'integer',
    min: 1
  },
  NotificationProperty: {
    type: 'structure',
    members: {
      NotifyDelayAfter: 'NotifyDelayAfter'
    }
  },
  NotifyDelayAfter: {
    type: 'integer',
    min: 1
  },
  DescriptionString: {
    type: 'string',
    min: 0,
    max: 2048,
    pattern: '[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF\\r\\n\\t]*'
  },
  BooleanValue: {
    type: 'boolean'
  },
  EventBatchingCondition: {
    type: 'structure',
    required: ['BatchSize'],
    members: {
      BatchSize: 'BatchSize',
      BatchWindow: 'BatchWindow'
    }
  },
  BatchSize: {
    type: 'integer',
    min: 1,
    max: 100
  },
  BatchWindow: {
    type: 'integer',
    min: 1,
    max: 900
  },
  UpdateTriggerRequest: {
    type: 'structure',
    required: ['Name', 'TriggerUpdate'],
    members: {
      Name: 'NameString',
      TriggerUpdate: 'TriggerUpdate'
    }
  },
  TriggerUpdate: {
    type: 'structure',
    members: {
      Name: 'NameString',
      Description: 'DescriptionString',
      Schedule: 'GenericString',
      Actions: 'ActionList',
      Predicate: 'Predicate',
      EventBatchingCondition: 'EventBatchingCondition'
    }
  },
  StartTriggerRequest: {
    type: 'structure',
    required: ['Name'],
    members: {
      Name: 'NameString'
    }
  },
  DeleteTriggerRequest: {
    type: 'structure',
    required: ['Name'],
    members: {
      Name: 'NameString'
    }
  },
  TagResourceRequest: {
    type: 'structure',
    required: ['ResourceArn', 'TagsToAdd'],
    members: {
      ResourceArn: 'GlueResourceArn',
      TagsToAdd: 'TagsMap'
    }
  },
  GlueResourceArn: {
    type: 'string',
    min: 1,
    max: 10240,
    pattern: 'arn:(aws|aws-us-gov|aws-cn):glue:.*'
  },
  UntagResourceRequest: {
    type: 'structure',
    required: ['ResourceArn', 'TagsToRemove'],
    members: {
      ResourceArn: 'GlueResourceArn',
      TagsToRemove: 'TagKeysList'
    }
  },
  TagKeysList: {
    type: 'list',
    min: 0,
    max: 50,
    member: 'TagKey'
  }
}
