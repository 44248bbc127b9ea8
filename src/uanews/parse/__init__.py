"""The staged parser of the plain-text news format: split -> blocks -> structure -> extraction."""
