// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Graph",
    products: [
        .library(name: "Graph", targets: ["Graph"]),
        .executable(name: "graphctl", targets: ["graphctl"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        .target(
            name: "Graph",
            dependencies: ["CSQLite"],
            resources: [.embedInCode("Store/schema.sql")]
        ),
        .executableTarget(
            name: "graphctl",
            dependencies: [
                "Graph",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The fuzzer's targets; `fuzz/run` builds it with libFuzzer, a plain build replays saved inputs.
        .executableTarget(name: "graph-fuzz", dependencies: ["Graph"], path: "Sources/GraphFuzz"),
        .testTarget(name: "GraphTests", dependencies: ["Graph"]),
        .testTarget(name: "graphctlTests", dependencies: ["Graph"]),
    ]
)

for target in package.targets where target.type != .system {
    target.swiftSettings = (target.swiftSettings ?? []) + [
        .enableUpcomingFeature("ExistentialAny"),
    ]
}
