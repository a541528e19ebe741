import Foundation

/// Threads that extract articles beside the one writer, at a lower scheduling priority than it.
///
/// The writer is the limit of an ingest: it alone resolves and stores, and extraction needs less CPU than it. With
/// one worker per core, the workers and the writer share the cores evenly when all are busy, so the writer gets
/// about two thirds of a core on two cores. At a lower priority (nice 10 on Linux, the utility class elsewhere) the
/// workers take what the writer leaves: it keeps its core, and they still use every core while it waits for the
/// disk. Measured on 10,000 generated articles on two cores: 10 to 14 % less wall time (docs/bench.md).
final class ExtractionWorkers: @unchecked Sendable {
    /// How much the workers' nice value is above the caller's, on Linux: the kernel gives a thread 10 above another
    /// about a tenth of its CPU time when both are ready to run.
    static let niceness: Int32 = 10

    private let condition = NSCondition()
    private var tasks: [@Sendable () -> Void] = []
    private var next = 0  // into `tasks`
    private var stopped = false
    private var running = 0

    /// Starts `count` threads (one per core by default); they wait for work until `stop()`, which the owner must
    /// call: each thread holds the workers until it ends.
    init(count: Int = ProcessInfo.processInfo.activeProcessorCount) {
        for _ in 0..<max(1, count) {
            let thread = Thread { [self] in work() }
            thread.stackSize = 8 << 20
            thread.qualityOfService = .utility
            running += 1
            thread.start()
        }
    }

    /// Queues `task` for the next free worker.
    func submit(_ task: @escaping @Sendable () -> Void) {
        condition.lock()
        tasks.append(task)
        condition.signal()
        condition.unlock()
    }

    /// Lets the workers finish the queued tasks, then ends them and waits until they have ended.
    func stop() {
        condition.lock()
        stopped = true
        condition.broadcast()
        while running > 0 { condition.wait() }
        condition.unlock()
    }

    private func work() {
        #if os(Linux)
        // On Linux the nice value belongs to the thread (which starts with its creator's): this lowers only the
        // worker's priority.
        let own = getpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0)
        setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, min(own + Self.niceness, 19))
        #endif
        condition.lock()
        while true {
            if next < tasks.count {
                let task = tasks[next]
                next += 1
                if next == tasks.count {
                    tasks.removeAll(keepingCapacity: true)
                    next = 0
                }
                condition.unlock()
                task()
                condition.lock()
            } else if stopped {
                break
            } else {
                condition.wait()
            }
        }
        running -= 1
        condition.broadcast()
        condition.unlock()
    }
}
