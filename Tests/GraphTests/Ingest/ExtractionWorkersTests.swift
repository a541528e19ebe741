import Foundation
import Testing
@testable import Graph

@Suite struct ExtractionWorkersTests {
    /// A thread-safe record of what the tasks saw.
    private final class Record: @unchecked Sendable {
        private let lock = NSLock()
        private var ran: [Int] = []
        private var priorities: Set<Int32> = []

        func add(_ task: Int, priority: Int32) {
            lock.withLock {
                ran.append(task)
                priorities.insert(priority)
            }
        }

        var tasks: [Int] { lock.withLock { ran.sorted() } }
        var seenPriorities: Set<Int32> { lock.withLock { priorities } }
    }

    /// Every task runs once, on however many workers, and `stop` returns only once the queue is done.
    @Test(arguments: [1, 2, 5]) func everyTaskRunsOnceBeforeStopReturns(workers count: Int) {
        let record = Record()
        let workers = ExtractionWorkers(count: count)
        for task in 0..<200 {
            workers.submit { record.add(task, priority: 0) }
        }
        workers.stop()
        #expect(record.tasks == Array(0..<200))
    }

    /// The workers run below the caller's priority, so that the writer keeps its core (Linux: the nice value is a
    /// thread's own).
    @Test func workersRunBelowTheCallersPriority() throws {
        #if os(Linux)
        let own = getpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0)
        let record = Record()
        let workers = ExtractionWorkers(count: 2)
        for task in 0..<20 {
            workers.submit { record.add(task, priority: getpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0)) }
        }
        workers.stop()
        #expect(record.seenPriorities == [min(own + ExtractionWorkers.niceness, 19)])
        #expect(getpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0) == own, "the caller's priority is unchanged")
        #endif
    }

    /// Work submitted from a task (as a later chunk is queued while one runs) runs too.
    @Test func tasksQueuedWhileOthersRunAreRun() {
        let record = Record()
        let workers = ExtractionWorkers(count: 2)
        let group = DispatchGroup()
        for task in 0..<10 {
            group.enter()
            workers.submit {
                record.add(task, priority: 0)
                workers.submit {
                    record.add(task + 100, priority: 0)
                    group.leave()
                }
            }
        }
        group.wait()
        workers.stop()
        #expect(record.tasks == Array(0..<10) + Array(100..<110))
    }
}
