/* Field extraction internals shared by schema.c, tokens.c, labels.c,
 * parse.c and extract*.c: the schema tables, the token stream, label hits
 * and the value parsers.  Not installed; callers use extract.h. */
#ifndef LR_EXTRACT_PRIVATE_H
#define LR_EXTRACT_PRIVATE_H

#include <jansson.h>

#include "util/util.h"
#include "text/text.h"
#include "record/record.h"

/* Label keys; their names (schemas/labels.tsv) are in schema.c. */
enum lr_lab {
	LAB_ISSUER, LAB_STATE, LAB_MOTTO, LAB_DEC_NUMBER, LAB_TITLE,
	LAB_DECIDE, LAB_BASIS, LAB_ARTICLE, LAB_RECIPIENTS, LAB_SIGN, LAB_ANNEX,
	LAB_OWNER_M, LAB_OWNER_F, LAB_HH_M, LAB_HH_F, LAB_SPOUSE,
	LAB_BIRTH_YEAR, LAB_BIRTH_DATE, LAB_ID_CCCD, LAB_ID_DD, LAB_ID_CMND,
	LAB_ID_DATE, LAB_ID_PLACE, LAB_ADDRESS, LAB_ADDRESS_SAME,
	LAB_P_NUMBER, LAB_P_SHEET, LAB_P_ADDRESS, LAB_P_AREA, LAB_P_WORDS,
	LAB_P_USE, LAB_P_TERM, LAB_P_ORIGIN, LAB_P_FORM, LAB_USE_FROM,
	LAB_USE_TO,
	LAB_H_INTRO, LAB_H_BUILDING, LAB_H_FLOOR, LAB_H_STRUCTURE,
	LAB_H_FLOORS, LAB_H_YEAR, LAB_H_KIND,
	LAB_T_STT, LAB_T_NAME, LAB_T_NOTE,
	LAB_DAY, LAB_MONTH, LAB_YEAR, LAB_TERM_FOREVER, LAB_TERM_UNTIL,
	LAB_TERM_YEARS, LAB_UNIT_M2, LAB_UNIT_HA, LAB_UNIT_TYPE,
	LAB_MIDDLE_M, LAB_MIDDLE_F,
	LAB_T_TOTAL, LAB_COUNT_HH, LAB_COUNT_PARCELS, LAB_SURNAME,
	LAB_SYL_ONSET, LAB_SYL_CODA, LAB_NAME_MIDDLE,
	LAB_UNIT_COMMUNE, LAB_UNIT_DISTRICT, LAB_UNIT_PROVINCE, LAB_UNIT_VILLAGE,
	LAB_N
};

/* Settings of schemas/extract.tsv. */
enum lr_set {
	SET_REVIEW_BELOW, SET_REPAIR, SET_CHECK_FAILED, SET_EVIDENCE_REPAIR,
	SET_AMBIGUOUS, SET_TONES_LOST, SET_TONE_SHARE_MIN, SET_FUZZY_LABEL,
	SET_NAME_PLAIN, SET_CCCD_SINCE, SET_YEAR_MIN, SET_YEAR_MAX,
	SET_NAME_MAX, SET_TERM_YEAR_MAX, SET_NAME_DAMAGED, SET_ROW_DAMAGED,
	SET_TABLE_DAMAGED_SHARE, SET_TOTAL_TOLERANCE, SET_CAP_MARK,
	SET_CAP_MARK_CONF, SET_CMND_PROVINCE_MAX, SET_ID_UNSURE, SET_ID_CONF,
	SET_PLACE_KNOWN_EDITS, SET_ORIGIN_EDITS, SET_NAME_SEX, SET_KIND_LEAD,
	SET_N
};

/* A phrase of a data file, folded (lr_ascii) and split into words. */
typedef struct lr_phrase {
	int key;		/* enum lr_lab, a kind index or a code index */
	char *text;		/* as written in the file (NFC) */
	char *joined;		/* folded words without spaces */
	int nwords;
} lr_phrase;

typedef struct lr_phrases {
	lr_phrase *v;
	int n, cap;
	int commas;		/* phrases may run over commas (land-use names) */
} lr_phrases;

/* Everything read from the schemas directory; read-only once loaded. */
typedef struct lr_xdata {
	lr_phrases labels;	/* key: enum lr_lab */
	lr_phrases kinds;	/* key: index into kind_names */
	char **kind_names;
	char **kind_prints;	/* per kind: the parcel keys every parcel
				 * described in prose prints, space-separated */
	int nkinds;
	lr_phrases uses;	/* key: index into codes; text without "Đất" */
	char (*codes)[4];
	int ncodes;
	lr_phrases numwords;	/* key: the meaning, see numwords.tsv */
	lr_phrases origins;	/* key: index into origin_codes */
	char **origin_codes;	/* "DG-CTT", "-" for none */
	int norigin_codes;
	lr_phrases id_prefixes;	/* key: the 9-digit IDs' 2-digit prefix */
	double set[SET_N];
} lr_xdata;

/* The folded word "đất" (land) that land-use names may print or omit; the
 * names are kept without it. */
#define LR_LAND_WORD "dat"

/* Load the schema files of dir.  Returns NULL with err set. */
lr_xdata *lr_xdata_load(const char *dir, lr_err *err);
void lr_xdata_free(lr_xdata *s);
/* The code index of a 3-letter land-use code, or -1. */
int lr_xdata_code(const lr_xdata *s, const char *code);

/* Token flags. */
enum {
	TOK_BOL = 1,		/* first token of its line */
	TOK_PUNCT = 2,		/* one punctuation character */
	TOK_UPPER = 4,		/* starts with an upper-case letter */
	TOK_DIGIT = 8,		/* starts with a digit */
	TOK_MARKED = 16,	/* has a letter with a Vietnamese mark */
	TOK_ALPHA = 32		/* has a letter */
};

/* A word of the OCR output, or a piece of one split off at punctuation. */
typedef struct lr_tok {
	char *text;		/* NFC, as read */
	char *fold;		/* lr_ascii(text) */
	char *key;		/* fold without ():,.-/ for label matching */
	float conf;		/* 0..100 */
	int page;		/* 1-based page number */
	int line;		/* line index over the whole document */
	int x, y, w, h;
	unsigned flags;
} lr_tok;

typedef struct lr_toks {
	lr_tok *v;
	int n, cap;
	int nlines;
} lr_toks;

/* Remove the characters ():,.-/ from s in place (label-matching form). */
void lr_fold_key(char *s);
/* The tokens of d; NULL when out of memory.  Free with lr_toks_free(). */
lr_toks *lr_toks_of(const lr_doc_words *d);
void lr_toks_free(lr_toks *t);
/* 1 when token i is the punctuation character c. */
int lr_tok_is(const lr_toks *t, int i, char c);
/* The index of the first token at or after i that is not in the punctuation
 * set skip (e.g. ":-"), or end. */
int lr_tok_skip(const lr_toks *t, int i, int end, const char *skip);
/* The index of the first token at or after i that is not ":-(" nor a
 * "." with more of its line after it (where a name after a label starts),
 * or end. */
int lr_tok_skip_to_name(const lr_toks *t, int i, int end);
/* The text of tokens [a, b) joined with spaces, no space before closing
 * punctuation; NULL when empty.  The caller frees it. */
char *lr_tok_join(const lr_toks *t, int a, int b);

/* A label found in the tokens: tokens [a, b), with dist edits. */
typedef struct lr_hit {
	int lab, a, b, dist;
} lr_hit;

typedef struct lr_hits {
	lr_hit *v;
	int n, cap;
} lr_hits;

/* Label occurrences over the whole token stream, left to right, longest
 * first; the small words (dates, units, terms, "tại") are left out: ask
 * lr_label_at() for those.  Free with free(h->v). */
int lr_labels_scan(const lr_xdata *s, const lr_toks *t, lr_hits *h);
/* If a variant of label lab starts at token i (before end), return the
 * token after it (and the edit distance in *dist, may be NULL); else -1. */
int lr_label_at(const lr_xdata *s, const lr_toks *t, int i, int end, int lab,
    int *dist);
/* The best phrase of ph matching at token i: its index, the token after it
 * in *next; -1 when none.  Phrases may end inside a token when prefix. */
int lr_phrase_at(const lr_phrases *ph, const lr_toks *t, int i, int end,
    int *next, int *dist);
/* The first phrase of ph, in file order, that occurs at a token in [a, b):
 * its index, where in *at; -1 when none. */
/* As lr_phrase_find(), for a phrase that starts by token last. */
int lr_phrase_find_by(const lr_phrases *ph, const lr_toks *t, int a, int b,
    int last, int *at);
int lr_phrase_find(const lr_phrases *ph, const lr_toks *t, int a, int b,
    int *at);
/* A phrase of ph that text (folded) is the start of but not the whole:
 * its index, or -1. */
int lr_phrase_extends(const lr_phrases *ph, const char *text);
/* The last phrase of ph that text (folded) ends with ("Công an tỉnh Lai
 * Châu": Lai Châu): its index, or -1. */
int lr_phrase_ending(const lr_phrases *ph, const char *text);
/* The phrase of ph whose words text is within max edits of, and nearer
 * than to any other (compared folded, without spaces and punctuation;
 * ties broken by the vowel shapes, "hàng" before "hằng"); its index, or
 * -1. */
int lr_phrase_nearest(const lr_phrases *ph, const char *text, int max);
/* Levenshtein distance of a and b, or max + 1 when it exceeds max. */
int lr_edit_distance(const char *a, const char *b, int max);
/* The edits a label or name of n folded letters may show and still match:
 * none up to 7 letters, 1 up to 12, else 2. */
int lr_label_tolerance(size_t n);

/* What a value parser found: the value's tokens [a, b) and how sure the
 * reading is (1: clean; lower for repairs and ambiguity). */
typedef struct lr_span {
	int a, b;
	double q;
	const char *why;	/* reason for q < 1, static; or NULL */
} lr_span;

/* Value parsers.  Each reads the tokens from i (before end) and returns 0
 * with *sp set, or -1 when no value of its type starts there.  Strings
 * returned through char ** are the caller's to free. */
int lr_parse_decnum(const lr_xdata *s, const lr_toks *t, int i, int end,
    char *out, size_t n, lr_span *sp);
int lr_parse_date(const lr_xdata *s, const lr_toks *t, int i, int end,
    int ymd[3], lr_span *sp);
int lr_parse_year(const lr_xdata *s, const lr_toks *t, int i, int end,
    int *year, lr_span *sp);
int lr_parse_int(const lr_xdata *s, const lr_toks *t, int i, int end,
    char *out, size_t n, lr_span *sp);
int lr_parse_area(const lr_xdata *s, const lr_toks *t, int i, int end,
    double *m2, lr_span *sp);
int lr_parse_words_number(const lr_xdata *s, const lr_toks *t, int i,
    int end, double *v, lr_span *sp);
int lr_parse_landuse(const lr_xdata *s, const lr_toks *t, int i, int end,
    char code[4], lr_span *sp);
int lr_parse_term(const lr_xdata *s, const lr_toks *t, int i, int end,
    char **term, int end_ymd[3], lr_span *sp);
int lr_parse_id(const lr_xdata *s, const lr_toks *t, int i, int end,
    char out[13], lr_span *sp);
int lr_parse_name(const lr_xdata *s, const lr_toks *t, int i, int end,
    char **name, lr_span *sp);
/* The reason lr_parse_name gives for a doubtful mark on a capital: a doubt
 * about the name's spelling only, not its sex nor its table row. */
extern const char lr_why_cap_mark[];
/* Free text up to a terminator (";", a sentence end, a line break not after
 * a comma, or end); stop also at "," when stop_comma. */
int lr_parse_text(const lr_toks *t, int i, int end, int stop_comma,
    char **text, lr_span *sp);
/* Free text with its first letter upper-cased (an origin); doubted when
 * it shows a capital OCR made inside its words in small letters. */
int lr_parse_sentence(const lr_xdata *s, const lr_toks *t, int i, int end,
    char **text, lr_span *sp);
/* An address: free text that ends also after the name of its last unit. */
int lr_parse_address(const lr_xdata *s, const lr_toks *t, int i, int end,
    char **text, lr_span *sp);
/* The first variant of label lab with its first letter upper-cased: the
 * form the extractor writes ("Lâu dài").  The caller frees it. */
char *lr_label_text(const lr_xdata *s, int lab);

/* The personal name raw (as joined from tokens) mended of OCR damage:
 * syllables run together split, hyphens made spaces, title case, a surname
 * one letter off a single known one repaired.  *q is 1, or name_damaged
 * with the reason in *why when the name shows damage (a common middle
 * name with misread marks among it) or an unknown surname.  NULL when out of memory; the caller frees it. */
char *lr_x_name_fix(const lr_xdata *s, const char *raw, double *q,
    const char **why);
/* 1 when word starts with a capital vowel bearing a Vietnamese mark ("Ứ",
 * "Ỏ"): marks squeezed above a capital are often misread in OCR. */
int lr_x_cap_marked(const char *word);
/* name, of a person of sex ('M' or 'F', from ông/bà), with a middle
 * syllable that is a middle name of that sex with its marks misread
 * ("Nguyễn Vẫn Hiếu" of a man) written as that name ("Văn"): a new string
 * the caller frees; NULL when there is none (or out of memory). */
char *lr_x_middle_fix(const lr_xdata *s, const char *name, int sex);
/* 'M' or 'F' when a middle syllable of name says so ("Văn", "Thị"); 0. */
int lr_x_name_sex(const lr_xdata *s, const char *name);
/* The digit an OCR'd character in a number most likely is (counting the
 * repairs in *repaired), or -1. */
int lr_ocr_digit(char c, int *repaired);

/* Read a Vietnamese-style number ("1.230,5", "5319.5", "12") from s.
 * Returns the bytes read (0: none); *ambiguous is set when the separators
 * allow two readings. */
size_t lr_read_vnnum(const char *s, double *v, int *ambiguous);

/* One extraction under way (extract.c, extract-body.c, extract-table.c). */
typedef struct lr_xctx {
	const lr_xdata *s;
	const struct lr_units *units;
	const lr_names *names;	/* given names by sex, or NULL */
	lr_toks *t;
	lr_hits h;
	json_t *decision, *owners, *parcels, *house, *fields, *review;
	int owner, head, parcel, last, spouse_next;
	double text_q;		/* factor for text fields (tones lost) */
	const char *text_why;
	char *in_table;		/* per line: 1 when a table row or header */
	int table_parcels;	/* parcels read from tables: the first ones */
	int next_stt;		/* the table row number expected next, or 0 */
	int kind_known;		/* the kind was read off a phrase, not
				 * "other" for want of one */
	int owner_addr;		/* an owner's address label was met: the
				 * document gives owners addresses */
} lr_xctx;

/* What the last owner, parcel or house label was about. */
enum { LAST_NONE, LAST_OWNER, LAST_PARCEL, LAST_HOUSE };

/* Set key of obj, whose field path is prefix ("owners[0]"), to v (stolen)
 * read from sp; record its confidence, page and box in fields, and a review
 * entry when sp says why it is doubtful.  text: a text field (names,
 * addresses), doubted when the document lost its tone marks. */
void lr_x_put(lr_xctx *c, json_t *obj, const char *prefix, const char *key,
    json_t *v, const lr_span *sp, int text);
/* Lower the confidence of field path by factor and add a review entry. */
void lr_x_doubt(lr_xctx *c, const char *path, double factor,
    const char *reason);
/* The path prefix of owner or parcel i ("owners[2]") in buf. */
const char *lr_x_prefix(char *buf, size_t n, const char *what, int i);
/* The owner called name, made (gender 'M', 'F' or 0) from sp unless one
 * is called so already; its index. */
int lr_x_owner(lr_xctx *c, const char *name, int gender, int household,
    const lr_span *sp);
/* A new parcel held by owner holder (-1: none); its index. */
int lr_x_parcel(lr_xctx *c, int holder);
/* Owners, parcels and the house from the body of the decision. */
void lr_x_body(lr_xctx *c);
/* Tables of holders and parcels; marks their lines in c->in_table. */
void lr_x_tables(lr_xctx *c);
/* What lr_x_addr_mend did to an address. */
typedef struct lr_mend {
	int changes;		/* type words and names mended */
	int cut;		/* the last unit's name, cut short, completed */
	int unknown;		/* district or province names in no list */
} lr_mend;

/* The address addr with its type words and the names of its units mended
 * to the official ones they are close to (units of era; names only when
 * units are loaded), what was done in *m.  A new string the caller frees;
 * NULL when out of memory. */
char *lr_x_addr_mend(const lr_xctx *c, const char *addr, enum lr_era era,
    lr_mend *m);
/* Cross-checks between fields once all are read. */
void lr_x_checks(lr_xctx *c);

#endif
