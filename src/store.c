/* What every store shares (store.h). */
#include <string.h>

#include <glib.h>

#include "conf.h"
#include "store.h"

struct store *
store_new(const struct conf *c)
{
	return c->store_lmtp != NULL ? store_lmtp_new(c) :
	    store_maildir_new(c);
}

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

int
store_pending(struct ledger *l, time_t since, int (*mine)(const char *file),
    struct filing **out, size_t *n, char **err)
{
	struct ledger_row *rows = NULL;
	size_t nrows = 0;

	*out = NULL;
	*n = 0;
	if (ledger_pending(l, since, &rows, &nrows, err) != 0)
		return -1;
	*out = g_new0(struct filing, nrows + 1);
	for (size_t i = 0; i < nrows; i++) {
		if (rows[i].file == NULL || !mine(rows[i].file)) {
			ledger_row_clear(&rows[i]);
			continue;
		}
		(*out)[*n].ledger = l;
		(*out)[*n].row = rows[i];	/* moved */
		(*n)++;
	}
	g_free(rows);
	return 0;
}
