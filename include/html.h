/* HTML rendered to plain text for the filters. */
#ifndef HTML_H
#define HTML_H

#include <stddef.h>

/* Renders HTML (UTF-8) to plain UTF-8 text: tags dropped, <style>, <script>,
 * <head> and comments left out, entities decoded (named and numeric,
 * &nbsp; as a space), block elements and <br> as line breaks, runs of blank
 * lines collapsed, and the contents of <blockquote> (and of Gmail/Outlook
 * quote containers) prefixed with "> " so the quote splitter sees them as
 * quoted. Never fails on bad markup. Caller frees (free()). */
char *html_to_text(const char *html, size_t len);

#endif
