/* Field extraction: tables of holders and parcels (thu-hoi lists, several
 * parcels): a header line of column labels, then one numbered row a line.
 * Cells are split at "|" when the separators match the header, else read
 * in column order by their types, so that rows OCR'd with lost or stray
 * separators still read; a row that shows damage is put under review. */
#include <stdlib.h>
#include <string.h>

#include "extract-private.h"
#include "table-int.h"

/* Does line [a, b) have content (letters or digits)? */
static int
blank(const lr_xctx *c, int a, int b)
{
	for (int j = a; j < b; j++)
		if (lr_tab_content(&c->t->v[j]))
			return 0;
	return 1;
}

/* Read the lines after the header line ending at token from: rows,
 * repeated headers, blank lines, up to the total line, the next article
 * or three lines that are none of these. */
static void
rows(lr_xctx *c, struct lr_table *tb, int from)
{
	int a, b, misses = 0, hcols[LR_TAB_MAXCOL];

	for (; from < c->t->n && misses < 3; from = b) {
		lr_tab_line_range(c->t, from, &a, &b);
		if (blank(c, a, b))
			continue;
		if (lr_tab_total(c, tb, a, b) ||
		    lr_label_at(c->s, c->t, a, b, LAB_ARTICLE, NULL) > 0)
			break;
		if (lr_tab_is_row(c, tb, a, b)) {
			c->in_table[c->t->v[a].line] = 1;
			lr_tab_row(c, tb, a, b);
			misses = 0;
		} else if (lr_tab_header(c, a, b, hcols) > 0)
			c->in_table[c->t->v[a].line] = 1;	/* repeated */
		else
			misses++;
	}
	lr_tab_checks(c, tb);
}

/* A table under the header at token a whose rows could not be read: its
 * holders and parcels are for review, whatever the prose reads. */
static void
unread_table(lr_xctx *c, int a)
{
	char what[128];

	snprintf(what, sizeof(what), "page %d: a table of holders under a "
	    "header of several lines: its rows could not be read",
	    c->t->v[a].page);
	lr_x_table_item(c, what);
}

void
lr_x_tables(lr_xctx *c)
{
	struct lr_table tb;
	struct lr_tab_open *o = NULL;
	int a, b;

	lr_x_geo_tables(c);
	for (int from = 0; from < c->t->n; from = b) {
		lr_tab_line_range(c->t, from, &a, &b);
		if (c->in_table[c->t->v[a].line])
			continue;
		memset(&tb, 0, sizeof(tb));
		if ((tb.ncol = lr_tab_header(c, a, b, tb.cols)) == 0) {
			if (lr_tab_stacked_header(c, a, b, tb.cols) > 0 &&
			    !lr_x_geo_unruled(c, a, &o))
				unread_table(c, a);
			continue;
		}
		if (lr_x_geo_unruled(c, a, &o))
			continue;
		tb.prev_owner = -1, tb.total = -1, tb.page = c->t->v[a].page;
		tb.first_parcel = (int)json_array_size(c->parcels);
		c->in_table[c->t->v[a].line] = 1;
		rows(c, &tb, b);
	}
	lr_x_geo_close(c, &o);
	lr_x_list_tables(c);
}
