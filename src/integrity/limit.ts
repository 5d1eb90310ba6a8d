// A bound on requests in flight, shared by every account and region being verified.

export type Limit = <T>(task: () => Promise<T>) => Promise<T>

/** Runs tasks with at most `size` running at once, the others waiting in the order they came. */
export function limit(size: number): Limit {
  let running = 0
  const waiting: (() => void)[] = []
  return async (task) => {
    // A finished task hands its slot to the next waiting one directly, so none can slip in between.
    if (running >= size) await new Promise<void>((resolve) => waiting.push(resolve))
    else running += 1
    try {
      return await task()
    } finally {
      const next = waiting.shift()
      if (next) next()
      else running -= 1
    }
  }
}
