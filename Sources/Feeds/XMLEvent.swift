/// The name of an XML element or attribute: its namespace URI (empty for none) and local name.
struct XMLName: Equatable {
    var namespace: String
    var local: String
    /// The prefix as written (`dc` in `dc:date`), empty for none: only for matching end tags as written.
    var prefix: String

    var qualified: String { prefix.isEmpty ? local : prefix + ":" + local }
}

/// One attribute of a start tag.
struct XMLAttribute {
    var name: XMLName
    var value: String
}

/// Receives what `XMLPushParser` reads, in document order.
protocol XMLEventHandler: AnyObject {
    func startElement(_ name: XMLName, attributes: [XMLAttribute])
    /// The end of an element. `written` is the end tag's name as the document spells it when libxml2 saw an
    /// end tag that does not match the open element (it then closes the innermost one regardless).
    func endElement(_ name: XMLName, written: String?)
    /// Text or CDATA, in pieces of any size.
    func characters(_ bytes: UnsafeBufferPointer<UInt8>)
}
