import type { IamAction } from '../aws/actions.js'
import { AwsCallError, errorCode, errorMessage } from '../aws/errors.js'
import type { Read } from './types.js'

/**
 * Runs one read. `absent` turns the error codes that mean "not there" into a value; any other failure
 * becomes a ReadFailure that the plan reports, so one denied read never hides the others.
 */
export async function read<T>(
  action: IamAction,
  send: () => Promise<T>,
  absent: Readonly<Record<string, T>> = {}
): Promise<Read<T>> {
  try {
    return { ok: true, value: await send() }
  } catch (error) {
    const code = errorCode(error)
    if (Object.hasOwn(absent, code)) return { ok: true, value: absent[code] as T }
    // A read made of several calls names the one that failed.
    const failedAction = error instanceof AwsCallError ? error.action : action
    const message = error instanceof AwsCallError ? error.awsMessage : errorMessage(error)
    return { ok: false, failure: { action: failedAction, code, message } }
  }
}
