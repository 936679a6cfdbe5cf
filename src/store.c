/* What every store shares (store.h). */
#include <string.h>

#include <glib.h>

#include "store.h"

void
store_free(struct store **s)
{
	if (s == NULL || *s == NULL)
		return;
	g_free(*s);	/* each store's state is one block */
	*s = NULL;
}

void
store_filing_clear(struct store *s, struct filing *f)
{
	if (f->own != NULL && s->ops->release != NULL)
		s->ops->release(s, f);
	ledger_row_clear(&f->row);
	g_free(f->where);
	f->where = NULL;
	f->own = NULL;
}

void
store_filings_free(struct store *s, struct filing *fs, size_t n)
{
	for (size_t i = 0; i < n; i++)
		store_filing_clear(s, &fs[i]);
	g_free(fs);
}
