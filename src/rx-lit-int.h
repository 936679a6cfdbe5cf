/* The literal prefilter's two halves: rx-litparse.c reads patterns,
 * rx-lit.c keeps and scans their strings. */
#ifndef RX_LIT_INT_H
#define RX_LIT_INT_H

#include <stddef.h>

#include <glib.h>

#define LIT_MINLEN	2	/* a clause with a shorter string says nothing */

/* The clauses of a pattern (a GPtrArray of GPtrArrays of lowercase
 * strings), or NULL when there are none; *prefix gets what every match
 * starts with, or NULL. Caller frees (g_ptr_array_unref). */
GPtrArray *rx_lit_extract(const char *pat, size_t len, unsigned flags,
    GPtrArray **prefix);

#endif
