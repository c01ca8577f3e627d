/* Field extraction, private: the stages extract.c drives over one
 * extraction (body.c, table.c, addr.c, check.c).  Not installed; callers
 * use extract.h. */
#ifndef LR_EXTRACT_PRIVATE_H
#define LR_EXTRACT_PRIVATE_H

#include "result-int.h"

/* Owners, parcels and the house from the body of the decision. */
void lr_x_body(lr_xctx *c);
/* Make owners i and j each other's spouse (body.c). */
void lr_x_spouses(lr_xctx *c, int i, int j);
/* The id_type of ID number id read under label lab (body.c): "cmnd" for
 * 9 digits, else "dinh-danh" under "số định danh cá nhân", else "cccd";
 * a static string. */
const char *lr_x_id_type(const char *id, int lab);
/* A statement of a change of use or a total area at hit k, before token
 * end (statement.c): what it states is kept for the parcels that follow
 * (or for the rows of a table under it) and none of its labels starts a
 * parcel.  Returns the hit after it, or its last when that is a term, to
 * be read as the parcels' term. */
int lr_x_statement(lr_xctx *c, int k, int end);
/* Give the parcels that followed the last statement what it stated. */
void lr_x_statement_end(lr_xctx *c);
/* A term, origin or use stated once under a table ("Thời hạn sử dụng: 50
 * năm" after the rows), read as a parcel of its own that has no sheet,
 * number, area or address, holds for every table row lacking its own: it
 * is given to them and is no parcel (statement.c). */
void lr_x_table_terms(lr_xctx *c);
/* A use, term or origin stated once under a list of parcels in prose
 * ("a) Hộ bà A ... thửa đất số 651 ...; b) ..." then "Mục đích sử dụng:
 * ...; thời hạn: ..."), read into the last parcel on a line below its
 * number while no other parcel of the list has one nor states one (its
 * label among their items, its value unread), holds for them all
 * (statement.c). */
void lr_x_list_terms(lr_xctx *c);
/* Give parcel i key from parcel j where it lacks it, with j's confidence
 * and box (statement.c). */
void lr_x_carry(lr_xctx *c, int j, int i, const char *key);
/* Parcels listed in one sentence (plist.c).  After the number of the
 * current parcel, read from the label at token a and ending at token i:
 * more numbers (", 342 và 566", before end) each make a parcel of the
 * current holder; the current parcel stays the first, and the list is
 * open (c->plist) until lr_x_plist_close().  Reviews the number when the
 * sentence names more parcels than were read ("các thửa số ...").
 * Returns the token after the last number read. */
int lr_x_plist_numbers(lr_xctx *c, int a, int i, int end);
/* Does a label [a, i) end in "lần lượt là" (*resp set, returns i), or
 * its value at token i start so (after ":" or ",")?  Then the token after
 * it, *resp set; else i, *resp 0. */
int lr_x_plist_respectively(const lr_xctx *c, int a, int i, int end,
    int *resp);
/* After the first parcel's area of an open list, ending at token i: the
 * areas that follow (", 96 m² và 210 m²") given to the list's parcels in
 * order; resp: "lần lượt" said.  Reviews what does not pair.  Returns the
 * token after the last area read. */
int lr_x_plist_areas(lr_xctx *c, int i, int end, int resp);
/* Close the open list: what its first parcel was given once (sheet, use,
 * term, origin, address) holds for all; one area for them all is
 * reviewed. */
void lr_x_plist_close(lr_xctx *c);
/* Tables of holders and parcels; marks their lines in c->in_table. */
void lr_x_tables(lr_xctx *c);
/* Once the tables and the body are read: a line of table words over rows
 * of figures from which fewer parcels were read than it has rows is a
 * table lost in whole or in part; one review item on the list says so
 * and stands for its holders (table-lost.c). */
void lr_x_tables_lost(lr_xctx *c);
/* What lr_x_addr_mend did to an address. */
typedef struct lr_mend {
	int changes;		/* type words and names mended */
	int cut;		/* the last unit's name, cut short, completed */
	int unknown;		/* district or province names in no list */
} lr_mend;

/* A copy of addr with a space put after each comma that OCR set against
 * the next word ("bản Huổi Mứn,xã Pa Ham"), the caller to free; NULL when
 * no comma lacks its space, or out of memory. */
char *lr_x_addr_spaced(const char *addr);
/* The address addr with its type words and the names of its units mended
 * to the official ones they are close to (units of era; names only when
 * units are loaded), what was done in *m.  A new string the caller frees;
 * NULL when out of memory. */
char *lr_x_addr_mend(const lr_xctx *c, const char *addr, enum lr_era era,
    lr_mend *m);
/* Cross-checks between fields once all are read. */
void lr_x_checks(lr_xctx *c);

#endif
