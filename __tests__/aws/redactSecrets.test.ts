/** redactSecrets: credential values never survive into a message the action prints. */
import { describe, expect, it } from '@jest/globals'
import { credentialsFromEnv, redactDeep, redactSecrets } from '../../src/aws/redactSecrets.js'

const KEY = 'AKIAEXAMPLEKEY123456'
const TOKEN = 'FQoGZXIvYXdzEJr//token+with/slashes=='

describe('redactSecrets', () => {
  it.each([
    [
      'an Authorization header quoted back',
      `Credential=${KEY}/20261127/us-east-1/glue`,
      'Credential=***/20261127/us-east-1/glue'
    ],
    ['a token with regex characters, twice', `t=${TOKEN} again ${TOKEN}`, 't=*** again ***'],
    ['a message without credentials', 'Rate exceeded', 'Rate exceeded']
  ])('%s', (_, text, expected) => {
    expect(redactSecrets(text, [KEY, TOKEN])).toBe(expected)
  })

  it('ignores unset and very short values, which would match ordinary words', () => {
    expect(redactSecrets('a glue job', [undefined, '', 'a', 'glue'])).toBe('a glue job')
  })
})

describe('credentialsFromEnv', () => {
  it('takes the access key, secret key and session token that are set', () => {
    expect(
      credentialsFromEnv({ AWS_ACCESS_KEY_ID: KEY, AWS_SECRET_ACCESS_KEY: 's3cr3t-value', AWS_SESSION_TOKEN: '' })
    ).toEqual([KEY, 's3cr3t-value'])
  })
})

describe('redactDeep', () => {
  it('cleans every field of an error, its name and stack included, and nested answers', () => {
    const error = Object.assign(new Error(`${TOKEN} denied`), { name: TOKEN, Message: `x ${TOKEN}`, $metadata: {} })
    error.stack = `${TOKEN}: denied\n    at somewhere`
    redactDeep(error, [TOKEN])
    expect([error.name, error.message, error.stack, (error as { Message?: string }).Message]).toEqual([
      '***',
      '*** denied',
      '***: denied\n    at somewhere',
      'x ***'
    ])
    const answer = { Runs: [{ Name: `wf ${KEY}`, StartedOn: new Date(0) }] }
    expect(redactDeep(answer, [KEY])).toEqual({ Runs: [{ Name: 'wf ***', StartedOn: new Date(0) }] })
  })
})
