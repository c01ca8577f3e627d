/* Finding the table in a sheet: the header row (or two) under the title
 * rows, and the field of each column from its label (schemas/
 * table-labels.tsv, overridden by a --map file). */
#ifndef LR_TMAP_H
#define LR_TMAP_H

#include "tgrid.h"

/* The fields a column can hold. */
enum lr_tfield {
	LR_TF_NONE = 0, LR_TF_SEQ, LR_TF_NAME, LR_TF_ID, LR_TF_BIRTH,
	LR_TF_GENDER, LR_TF_ADDRESS, LR_TF_SHEET, LR_TF_NUMBER, LR_TF_AREA,
	LR_TF_LAND_USE, LR_TF_PARCEL_ADDRESS, LR_TF_COMMUNE, LR_TF_IGNORE,
	LR_TF_N
};

/* The name of field f ("id_number"), or the field of name (-1: none). */
const char *lr_tfield_name(int f);
int lr_tfield_of(const char *name);

/* The labels to look for.  Read-only once loaded. */
typedef struct lr_tlabels lr_tlabels;

/* Load path ("field<TAB>label" lines, '#' comments).  Returns NULL with
 * err set (naming the line) when it cannot be read. */
lr_tlabels *lr_tlabels_load(const char *path, lr_err *err);

/* Add the overrides of path: "column label = field" lines ('#' comments;
 * the field "ignore" drops the column).  An override wins over every
 * label and matches the whole header text of a column.  Returns 0, or -1
 * with err set (naming the line). */
int lr_tlabels_add_map(lr_tlabels *l, const char *path, lr_err *err);

/* Free l (NULL allowed). */
void lr_tlabels_free(lr_tlabels *l);

/* What was found in a sheet; the caller owns it (lr_tmap_release()). */
typedef struct lr_tmap {
	size_t head, body;	/* row indexes: first header row; first row after it */
	int ncols;
	int *field;		/* per column: an lr_tfield */
	char **label;		/* per column: its header text ("" for none) */
	int area_ha;		/* the area column is in hectares */
	int nfound;		/* distinct fields found */
} lr_tmap;

/* Find the header among the first rows of g: the row, or two rows (a
 * merged upper label over lower ones), whose labels name the most fields.
 * Returns 0, or -1 with err set when no row names at least two fields or
 * neither a name nor a parcel number column is found. */
int lr_tmap_find(const lr_tgrid *g, const lr_tlabels *l, lr_tmap *m,
    lr_err *err);

/* Free what m holds (not m itself); m may then be found again. */
void lr_tmap_release(lr_tmap *m);

/* s folded for comparing labels: lower-case ASCII, every run of other
 * characters one space, trimmed.  NULL when s is not UTF-8 or memory ran
 * out; the caller frees it. */
char *lr_tfold(const char *s);

#endif
