import Foundation
import Graph

/// Fuzz targets over the text pipeline and the JSON Lines reader.
///
/// Built with `fuzz/run` (libFuzzer, `-sanitize=fuzzer`), the fuzzer feeds each input to every target.
/// Built plainly, this is the replay tool: `graph-fuzz FILE...` runs the same targets over saved inputs, so every
/// crash the fuzzer found stays a regression check (`fuzz/corpus`, run by the tests).
enum FuzzTargets {
    static func run(_ bytes: [UInt8]) {
        FuzzHooks.readJSONLines(bytes)
        FuzzHooks.decodeArticle(bytes)
        let text = String(decoding: bytes, as: UTF8.self)
        let extraction = Pipeline.standard.extract(text)
        FuzzHooks.check(extraction, of: text)
    }
}

#if FUZZING
/// libFuzzer's driver, for programs that have their own `main` (SwiftPM gives every executable one).
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// The entry point libFuzzer's own objects refer to; the driver above is given the same function.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzTargets.run(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
    return 0
}

var argc = CommandLine.argc
var argv = CommandLine.unsafeArgv
exit(runFuzzerDriver(&argc, &argv) { fuzzOneInput($0, $1) })
#else
var count = 0
for path in CommandLine.arguments.dropFirst() {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        FileHandle.standardError.write(Data("graph-fuzz: \(path): no such file or folder\n".utf8))
        exit(1)
    }
    let files = isDirectory.boolValue
        ? ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted().map { path + "/" + $0 }
        : [path]
    for file in files {
        guard let data = FileManager.default.contents(atPath: file) else { continue }
        FuzzTargets.run([UInt8](data))
        count += 1
    }
}
print("graph-fuzz: \(count) inputs replayed without a crash")
#endif
