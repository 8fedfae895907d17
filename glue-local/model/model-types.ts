/** The subset of the botocore/Smithy JSON model format that the validator reads. */
export interface MemberRef {
  shape: string
}

export interface ShapeDef {
  type:
    'structure' | 'string' | 'list' | 'map' | 'integer' | 'long' | 'boolean' | 'double' | 'float' | 'timestamp' | 'blob'
  members?: Record<string, MemberRef>
  required?: string[]
  member?: MemberRef
  key?: MemberRef
  value?: MemberRef
  min?: number
  max?: number
  enum?: string[]
  pattern?: string
  exception?: boolean
  fault?: boolean
}

export interface OperationDef {
  name: string
  input?: MemberRef
  output?: MemberRef
  errors?: MemberRef[]
}

export interface ServiceModel {
  metadata: Record<string, string>
  operations: Record<string, OperationDef>
  shapes: Record<string, ShapeDef>
}
