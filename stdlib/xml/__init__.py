"""Python interfaces to XML; typhon provides `xml.etree.ElementTree`."""
