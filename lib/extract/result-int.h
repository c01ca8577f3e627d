/* Field extraction, private: the result object of one extraction, its
 * fields' confidence, page and box, and the review list (result.c). */
#ifndef LR_RESULT_INT_H
#define LR_RESULT_INT_H


#include <jansson.h>
#include "parse-int.h"
#include "text/text.h"

/* One extraction under way: its tokens, label hits and the result read so
 * far (extract.c drives it; result.c keeps its bookkeeping). */
typedef struct lr_xctx {
	const lr_xdata *s;
	const struct lr_units *units;
	const lr_names *names;	/* given names by sex, or NULL */
	const char *province;	/* the archive's province code, or NULL */
	char *commune_why;	/* why the decision's commune is unknown
				 * (several fit), or NULL */
	lr_toks *t;
	const lr_doc_words *w;	/* the words and rules t was made of */
	lr_hits h;
	json_t *decision, *owners, *parcels, *house, *fields, *review;
	int owner, head, parcel, last, spouse_next;
	int head_parcels;	/* the parcels there were when the group's
				 * head was named */
	int couple;		/* "vợ chồng" before two owners: 1, then 2
				 * once the first is named; else 0 */
	double text_q;		/* factor for text fields (tones lost) */
	const char *text_why;
	char *in_table;		/* per line: 1 when a table row or header */
	int table_parcels;	/* parcels read from tables: the first ones */
	int next_stt;		/* the table row number expected next, or 0 */
	int kind_known;		/* the kind was read off a phrase, not
				 * "other" for want of one */
	struct lr_stmt {	/* the statement the parcels follow */
		int on, first;	/* one was read; its first parcel */
		int prev;	/* the first parcel of the one before, or 0 */
		char use[4], use_to[4];	/* "" when not stated */
		double area;	/* < 0 when not stated */
		lr_span use_sp, to_sp, area_sp;
		int end;	/* the token ending it */
		int term;	/* its last label a term, read as its first
				 * parcel's */
	} stmt;
	int owner_addr;		/* an owner's address label was met: the
				 * document gives owners addresses */
	int year;		/* the header's year when its date is not
				 * read whole ("ngày ... tháng ... năm
				 * 2026"), else 0 */
	int commune_issuer;	/* the issuer is a commune's committee
				 * ("Ủy ban nhân dân xã ...") */
	lr_span issuer_sp;	/* the issuer's tokens, when read */
	struct lr_plist {	/* parcels one sentence lists ("các thửa
				 * số 227, 342 và 566"): parcels [first,
				 * first + n), n 0 when none is open */
		int first, n;
		int areas;	/* areas given them in order so far */
	} plist;
} lr_xctx;

/* What the last owner, parcel or house label was about. */
enum { LAST_NONE, LAST_OWNER, LAST_PARCEL, LAST_HOUSE };

/* Set key of obj, whose field path is prefix ("owners[0]"), to v (stolen)
 * read from sp; record its confidence, page and box in fields, and a review
 * entry when sp says why it is doubtful.  text: a text field (names,
 * addresses), doubted when the document lost its tone marks. */
void lr_x_put(lr_xctx *c, json_t *obj, const char *prefix, const char *key,
    json_t *v, const lr_span *sp, int text);
/* Lower sp's quality by id_unsure, and give why, when OCR read a token of
 * sp that starts with a figure with a confidence under figure_conf and
 * nothing doubts sp yet, or only a reason calibration does not show
 * ("unit misread by OCR"); figures put back from letters, or written by
 * hand, are doubted as such.  Figures bear no check, and one misread
 * makes another valid value ("771" for 77, 2016 for 2018). */
void lr_x_unsure_figures(const lr_xctx *c, lr_span *sp, const char *why);
/* Was any of tokens [a, b) of t written by hand? */
int lr_x_by_hand(const lr_toks *t, int a, int b);
/* Is field path in the review (for any reason)? */
int lr_x_in_review(const lr_xctx *c, const char *path);
/* Is field path in the review for reason why? */
int lr_x_in_review_for(const lr_xctx *c, const char *path, const char *why);
/* Lower the confidence of field path by factor and add a review entry. */
void lr_x_doubt(lr_xctx *c, const char *path, double factor,
    const char *reason);
/* Lower by factor the confidence of every field under prefix
 * ("parcels[2]"), adding no review entry. */
void lr_x_lower_all(lr_xctx *c, const char *prefix, double factor);
/* One review entry on "parcels" for a table of holders, why naming it;
 * it stands for the list of owners too ("also": ["owners"]). */
void lr_x_table_item(lr_xctx *c, const char *why);
/* Is a table flagged whole (lr_x_table_item)? */
int lr_x_table_flagged(const lr_xctx *c);
/* The path prefix of owner or parcel i ("owners[2]") in buf. */
const char *lr_x_prefix(char *buf, size_t n, const char *what, int i);
/* The owner called name, made (gender 'M', 'F' or 0) from sp unless one
 * is called so already; its index. */
int lr_x_owner(lr_xctx *c, const char *name, int gender, int household,
    const lr_span *sp);
/* A new owner called name, though one is called so already (a namesake
 * in another row of a table); name NULL: a holder whose name could not be
 * read (its name stays null).  Its index. */
int lr_x_namesake(lr_xctx *c, const char *name, int gender,
    const lr_span *sp);
/* A new parcel held by owner holder (-1: none); its index. */
int lr_x_parcel(lr_xctx *c, int holder);
/* Drop parcel j, the last, and its fields. */
void lr_x_parcel_drop(lr_xctx *c, int j);
/* Drop owner j, the last, and its fields (c->owner and c->head are the
 * caller's to mend). */
void lr_x_owner_drop(lr_xctx *c, int j);
/* Review entries for fields under the confidence below and for the
 * decision's number, date and kind when missing. */
void lr_x_review_finish(lr_xctx *c, double below);
/* Make the review list fit for a clerk (flags.c): drop the items whose
 * reason calibration found rarely flags a wrong value and those a whole
 * list's item covers; merge the items of one column of owners or parcels
 * into one ("parcels[].area"), then those of one row ("parcels[2]"). */
void lr_x_review_merge(lr_xctx *c);
/* 0 when calibration found that review items for reason why rarely flag a
 * wrong value: they are not shown, and their fields are reviewed for low
 * confidence alone; else 1. */
int lr_x_reason_kept(const lr_xctx *c, const char *why);
/* Review a block that could not be read, once, as "decision" (what it is
 * about) for reason why: its fields are not reviewed one by one. */
void lr_x_review_block(lr_xctx *c, const char *why);

#endif
