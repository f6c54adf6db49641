"""The same article written as a web page, a PDF and a Word file, for the
format tests (no network, no tool beyond the packages we depend on)."""

from __future__ import annotations

import html
import io
import textwrap


def web_page(title: str, paragraphs: list[str], *, date: str = "", site: str = "", url: str = "",
             author: str = "") -> bytes:
    """A saved news page: menus, a cookie banner, scripts, related links,
    a footer around the story; metadata in meta tags and JSON-LD."""
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    jsonld = ('{"@context": "https://schema.org", "@type": "NewsArticle", '
              f'"headline": "{html.escape(title)}", "datePublished": "{date}", '
              f'"author": {{"@type": "Person", "name": "{author}"}}}}')
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{html.escape(title)} | {site}</title>
<meta property="og:title" content="{html.escape(title)}">
<meta property="og:site_name" content="{site}">
<meta property="article:published_time" content="{date}">
<link rel="canonical" href="{url}">
<script type="application/ld+json">{jsonld}</script>
<script>var tracking = "window.secretTrackerValue";</script>
<style>.menu {{ color: red }}</style>
</head><body>
<nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/world">World news menu</a></li>
<li><a href="/sport">Sport section link</a></li></ul></nav>
<div class="cookie-banner">We use cookies to improve your experience. Accept all cookies.</div>
<article><h1>{html.escape(title)}</h1>
<div class="byline">By {author}</div>
{body}
</article>
<aside class="related"><h3>Related stories</h3><ul>
<li><a href="/a">Unrelated headline about football scores</a></li></ul></aside>
<footer>Copyright footer text, all rights reserved. Contact us.</footer>
</body></html>""".encode("utf-8")


def _pdf_string(text: str) -> str:
    return "(" + text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"


def pdf(pages: list[list[str]], *, title: str = "", header: str = "", footer: str = "") -> bytes:
    """A PDF with a text layer: each page's lines, a running header and a
    footer with the page number."""
    objects: list[bytes] = []
    page_ids = []
    font_id = 3 + 2 * len(pages)
    for n, lines in enumerate(pages, 1):
        shown = ([header] if header else []) + lines + ([f"{footer} {n}"] if footer else [])
        ops = ["BT /F1 11 Tf 13 TL 72 740 Td"] + [f"{_pdf_string(ln)} Tj T*" for ln in shown] + ["ET"]
        stream = "\n".join(ops).encode("cp1252", errors="replace")  # WinAnsi: curly quotes too
        content_id = 3 + 2 * (n - 1) + 1
        page_id = content_id - 1 + 0
        page_ids.append(page_id)
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {content_id} 0 R "
                       f"/Resources << /Font << /F1 {font_id} 0 R >> >> >>".encode())
        objects.append(b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream")
    kids = " ".join(f"{i} 0 R" for i in page_ids)
    head = [b"<< /Type /Catalog /Pages 2 0 R >>",
            f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>".encode()]
    tail = [b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    info = [f"<< /Title {_pdf_string(title)} >>".encode()] if title else []
    allobj = head + objects + tail + info
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(allobj, 1):
        offsets.append(out.tell())
        out.write(f"{i} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(allobj) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    info_ref = f" /Info {len(allobj)} 0 R" if info else ""
    out.write(f"trailer\n<< /Size {len(allobj) + 1} /Root 1 0 R{info_ref} >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def pdf_of_text(title: str, paragraphs: list[str], *, per_page: int = 30, **kw) -> bytes:
    """Paragraphs wrapped at 80 columns, a word hyphenated at a line end now
    and then, over pages of `per_page` lines."""
    lines = [title, ""]
    for p in paragraphs:
        lines += textwrap.wrap(p, 80, break_on_hyphens=False) + [""]
    pages = [lines[i:i + per_page] for i in range(0, len(lines), per_page)]
    return pdf(pages, **kw)


def word_file(title: str, paragraphs: list[str], *, author: str = "", table: list[list[str]] | None = None) -> bytes:
    import docx

    document = docx.Document()
    document.core_properties.title = title
    if author:
        document.core_properties.author = author
    document.add_paragraph(title)
    for p in paragraphs:
        document.add_paragraph(p)
    if table:
        t = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, cell in enumerate(row):
                t.cell(r, c).text = cell
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
