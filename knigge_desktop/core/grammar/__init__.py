"""LanguageTool grammar and spelling checks: Java, the download, the local server, the client."""
