/**
 * @actions/core, with every line it logs made inert: Glue-sourced text (names, tag keys, error messages, run ids) is
 * printed in log lines and annotations, and a newline in it followed by `::stop-commands::` or `::error::` would be a
 * workflow command to the runner. Every message and annotation title passes through text.ts inertLine, the one rule;
 * every output is capped well under GitHub's 1 MB. The modes import this module instead of @actions/core.
 */
import * as core from '@actions/core'
import { inertLine, textWithin } from './text.js'

export * from '@actions/core'

/** Annotations carry Glue's error messages: a longer line than the plain log, still one line. */
const ANNOTATION_MAX = 4000

function inertProperties(properties?: core.AnnotationProperties): core.AnnotationProperties | undefined {
  if (!properties?.title) return properties
  return { ...properties, title: inertLine(properties.title, 200) }
}

function annotationText(message: string | Error): string {
  return inertLine(message instanceof Error ? message.toString() : message, ANNOTATION_MAX)
}

export function info(message: string): void {
  // Leading spaces (a plan's field lines are indented) are kept: a line that starts with one is never a command.
  const indent = /^ {0,8}/.exec(message)?.[0] ?? ''
  core.info(indent + inertLine(message))
}

export function debug(message: string): void {
  core.debug(inertLine(message))
}

export function notice(message: string | Error, properties?: core.AnnotationProperties): void {
  core.notice(annotationText(message), inertProperties(properties))
}

export function warning(message: string | Error, properties?: core.AnnotationProperties): void {
  core.warning(annotationText(message), inertProperties(properties))
}

export function error(message: string | Error, properties?: core.AnnotationProperties): void {
  core.error(annotationText(message), inertProperties(properties))
}

export function setFailed(message: string | Error): void {
  core.setFailed(annotationText(message))
}

/** Every output stays well under GitHub's 1 MB (the JSON lists are capped whole before they get here). */
export function setOutput(name: string, value: unknown): void {
  core.setOutput(name, textWithin(typeof value === 'string' ? value : JSON.stringify(value)))
}

export function startGroup(name: string): void {
  core.startGroup(inertLine(name, 500))
}
