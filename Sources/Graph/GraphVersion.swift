/// The version of the Graph library and `graphctl`.
public enum GraphVersion {
    public static let string = "0.1.0"
}
