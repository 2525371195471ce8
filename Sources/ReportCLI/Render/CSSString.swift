/// CSS string literals for text that comes from the data (an institution's name in a running header).
enum CSSString {
    /// `text` as a double-quoted CSS string that is also safe inside an HTML `<style>` element:
    /// quotes and backslashes escaped, line breaks and `<`, `>`, `&` written as hexadecimal escapes.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "<": result += "\\3C "
            case ">": result += "\\3E "
            case "&": result += "\\26 "
            case "\n", "\r", "\t": result += " "
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
