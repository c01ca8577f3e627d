/* .xls workbooks through FreeXL: cells as text, numbers marked. */
#include <freexl.h>
#include <stdio.h>
#include <stdlib.h>

#include "xls.h"

struct lr_xls {
	const void *h;
	unsigned nsheets;
};

lr_xls *
lr_xls_open(const char *path, lr_err *err)
{
	lr_xls *x = calloc(1, sizeof(*x));
	unsigned info = 0;
	int rc;

	if (x == NULL) {
		lr_err_sys(err, "out of memory");
		return NULL;
	}
	if ((rc = freexl_open(path, &x->h)) != FREEXL_OK) {
		if (rc == FREEXL_INSUFFICIENT_MEMORY)
			lr_err_sys(err, "'%s': out of memory", path);
		else
			lr_err_set(err, "'%s': %s", path, rc == FREEXL_FILE_NOT_FOUND ?
			    "no such file" : "not a readable .xls workbook");
		lr_xls_close(x);
		return NULL;
	}
	if (freexl_get_info(x->h, FREEXL_BIFF_PASSWORD, &info) == FREEXL_OK &&
	    info == FREEXL_BIFF_OBFUSCATED) {
		lr_err_set(err, "'%s': protected by a password", path);
		lr_xls_close(x);
		return NULL;
	}
	freexl_get_info(x->h, FREEXL_BIFF_SHEET_COUNT, &x->nsheets);
	return x;
}

int
lr_xls_sheets(const lr_xls *x)
{
	return (int)x->nsheets;
}

/* The text of cell v into buf; *number set for a number. */
static const char *
cell_text(const FreeXL_CellValue *v, char *buf, size_t n, int *number)
{
	*number = v->type == FREEXL_CELL_INT || v->type == FREEXL_CELL_DOUBLE;
	switch (v->type) {
	case FREEXL_CELL_INT:
		snprintf(buf, n, "%d", v->value.int_value);
		return buf;
	case FREEXL_CELL_DOUBLE:
		snprintf(buf, n, "%.15g", v->value.double_value);
		return buf;
	case FREEXL_CELL_TEXT: case FREEXL_CELL_SST_TEXT:
	case FREEXL_CELL_DATE: case FREEXL_CELL_DATETIME:
	case FREEXL_CELL_TIME:
		return v->value.text_value ? v->value.text_value : "";
	default:
		return "";
	}
}

/* Put the cells of the active sheet (rows by cols) into g. */
static int
put_cells(lr_xls *x, lr_tgrid *g, unsigned rows, unsigned short cols)
{
	FreeXL_CellValue v;
	char buf[64];
	const char *t;
	int number;

	for (unsigned r = 0; r < rows; r++)
		for (unsigned short c = 0; c < cols; c++) {
			if (freexl_get_cell_value(x->h, r, c, &v) != FREEXL_OK)
				continue;
			t = cell_text(&v, buf, sizeof(buf), &number);
			if (t[0] != '\0' && lr_tgrid_put(g, (long)r + 1, c, t, number) != 0)
				return -1;
		}
	return 0;
}

lr_tgrid *
lr_xls_read(lr_xls *x, int i, lr_err *err)
{
	const char *name = NULL;
	unsigned rows = 0;
	unsigned short cols = 0;
	lr_tgrid *g;

	if (freexl_select_active_worksheet(x->h, (unsigned short)i) != FREEXL_OK ||
	    freexl_worksheet_dimensions(x->h, &rows, &cols) != FREEXL_OK) {
		lr_err_set(err, "sheet %d cannot be read", i + 1);
		return NULL;
	}
	freexl_get_worksheet_name(x->h, (unsigned short)i, &name);
	if ((g = lr_tgrid_new(name ? name : "")) == NULL ||
	    put_cells(x, g, rows, cols) != 0) {
		lr_tgrid_free(g);
		lr_err_sys(err, "out of memory");
		return NULL;
	}
	return g;
}

void
lr_xls_close(lr_xls *x)
{
	if (x == NULL)
		return;
	if (x->h != NULL)
		freexl_close(x->h);
	free(x);
}
