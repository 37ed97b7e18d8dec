package dev.newsbrief.ingest;

/** Input formats, recognised by content first and by extension when the content is ambiguous. */
enum Format {
  SGML, JSONL, HTML, TEXT;

  static Format of(String extension, String text) {
    if (SgmlReader.looksLikeSgml(text)) return SGML;
    if (JsonlReader.looksLikeJsonl(text)) return JSONL;
    if (HtmlReader.looksLikeHtml(text)) return HTML;
    return switch (extension) {
      case "html", "htm", "xhtml" -> text.contains("<") ? HTML : TEXT;
      case "jsonl", "ndjson", "json" -> text.stripLeading().startsWith("{") || text.stripLeading().startsWith("[") ? JSONL : TEXT;
      case "sgml", "sgm" -> text.contains("<DOC") ? SGML : TEXT;
      default -> TEXT;
    };
  }
}
