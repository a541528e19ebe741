/// `NameKey.fold` of single scalars that fold on their own, worked out once by the full rules: Latin letters with
/// diacritics (U+0080 to U+024F), general punctuation (U+2000 to U+206F) and the minus sign.
///
/// Lower-casing and compatibility decomposition go scalar by scalar for these: none lower-cases by its context (as
/// a Greek capital sigma does), and each decomposes to a starter and the combining marks that follow it, so no mark
/// is reordered across two of them. A text made of ASCII and these folds to the concatenation of their folds.
enum FoldTable {
    private static let latin: ClosedRange<UInt32> = 0x80...0x24F
    private static let punctuation: ClosedRange<UInt32> = 0x2000...0x206F
    private static let minus: UInt32 = 0x2212

    private static let latinFolds: [[Unicode.Scalar]] = latin.map(fold)
    private static let punctuationFolds: [[Unicode.Scalar]] = punctuation.map(fold)
    private static let minusFold: [Unicode.Scalar] = fold(minus)

    private static func fold(_ value: UInt32) -> [Unicode.Scalar] {
        NameKey.scalarFold(String(Character(Unicode.Scalar(value)!)))
    }

    /// The fold of the scalar `value`, or nil when it is not in the table.
    @inline(__always)
    static func folded(_ value: UInt32) -> [Unicode.Scalar]? {
        if latin.contains(value) { return latinFolds[Int(value - latin.lowerBound)] }
        if punctuation.contains(value) { return punctuationFolds[Int(value - punctuation.lowerBound)] }
        return value == minus ? minusFold : nil
    }
}
