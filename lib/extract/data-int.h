/* Field extraction, private: the data files of schemas/ (labels, kinds,
 * land-use codes, number words, origins, settings) as data.c loads them. */
#ifndef LR_DATA_INT_H
#define LR_DATA_INT_H

#include "util/util.h"

/* Label keys; their names (schemas/labels.tsv) are in data.c. */
enum lr_lab {
	LAB_ISSUER, LAB_STATE, LAB_MOTTO, LAB_DEC_NUMBER, LAB_TITLE,
	LAB_DECIDE, LAB_BASIS, LAB_ARTICLE, LAB_RECIPIENTS, LAB_SIGN, LAB_ANNEX,
	LAB_OWNER_M, LAB_OWNER_F, LAB_HH_M, LAB_HH_F, LAB_SPOUSE,
	LAB_BIRTH_YEAR, LAB_BIRTH_DATE, LAB_ID_CCCD, LAB_ID_DD, LAB_ID_CMND,
	LAB_ID_DATE, LAB_ID_PLACE, LAB_ADDRESS, LAB_ADDRESS_SAME,
	LAB_P_NUMBER, LAB_P_SHEET, LAB_P_ADDRESS, LAB_P_AREA, LAB_P_WORDS,
	LAB_P_USE, LAB_P_TERM, LAB_P_ORIGIN, LAB_P_FORM, LAB_USE_FROM,
	LAB_USE_TO, LAB_CHANGE, LAB_TOTAL,
	LAB_H_INTRO, LAB_H_BUILDING, LAB_H_FLOOR, LAB_H_STRUCTURE,
	LAB_H_FLOORS, LAB_H_YEAR, LAB_H_KIND,
	LAB_T_STT, LAB_T_NAME, LAB_T_NOTE,
	LAB_DAY, LAB_MONTH, LAB_YEAR, LAB_TERM_FOREVER, LAB_TERM_UNTIL,
	LAB_TERM_YEARS, LAB_UNIT_M2, LAB_UNIT_HA, LAB_UNIT_TYPE,
	LAB_MIDDLE_M, LAB_MIDDLE_F,
	LAB_T_TOTAL, LAB_COUNT_HH, LAB_COUNT_PARCELS, LAB_SURNAME,
	LAB_SYL_ONSET, LAB_SYL_CODA, LAB_NAME_MIDDLE,
	LAB_UNIT_COMMUNE, LAB_UNIT_DISTRICT, LAB_UNIT_PROVINCE, LAB_UNIT_VILLAGE,
	LAB_P_AREA_SAID, LAB_P_USE_SAID, LAB_OWNER_ORG,
	LAB_T_NUMSHEET, LAB_T_SHEETNUM, LAB_COUPLE, LAB_OWNER_BODY,
	LAB_T_EITHER, LAB_DEC_SUFFIX, LAB_P_AREA_TAKEN, LAB_RESPECTIVELY,
	LAB_LIST_AND, LAB_LIST_MANY, LAB_P_NUMBER_BARE, LAB_P_SHEET_BARE,
	LAB_CITATION, LAB_REPRESENT, LAB_N
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
	SET_REASON_MIN, SET_MERGE_COLUMN, SET_NUMBER_CONF, SET_FIGURE_CONF,
	SET_NAME_CONF, SET_N
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
	int n;
	size_t cap;
	int commas;		/* phrases may run over commas (land-use names) */
} lr_phrases;

/* Everything read from the schemas directory; read-only once loaded. */
typedef struct lr_xdata {
	lr_phrases labels;	/* key: enum lr_lab */
	lr_phrases columns;	/* table column heads; key: enum lr_lab */
	lr_phrases kinds;	/* key: index into kind_names */
	char **kind_names;
	char **kind_prints;	/* per kind: the parcel keys every parcel
				 * described in prose prints, space-separated */
	int nkinds;
	lr_phrases uses;	/* key: index into codes; text without "Đất" */
	char (*codes)[4];
	char *code_group;	/* per code: 1 when it names a group of uses */
	int ncodes;
	lr_phrases numwords;	/* key: the meaning, see numwords.tsv */
	lr_phrases months;	/* key: the month, see months.tsv */
	lr_phrases origins;	/* key: index into origin_codes */
	char **origin_codes;	/* "DG-CTT", "-" for none */
	int norigin_codes;
	lr_phrases id_prefixes;	/* key: the 9-digit IDs' 2-digit prefix */
	double set[SET_N];
	struct lr_calib {	/* schemas/calibration.tsv; none: raw */
		double *raw, *p;	/* a raw confidence up to raw[i] is
					 * right with probability p[i] */
		int n;
		char **why;	/* review reasons ... */
		double *hit;	/* ... and the share of their items that
				 * flagged a wrong field */
		int nwhy;
		size_t cap[4];	/* of raw, p, why, hit */
	} cal;
} lr_xdata;

/* The folded word "đất" (land) that land-use names may print or omit; the
 * names are kept without it. */
#define LR_LAND_WORD "dat"

/* Load the schema files of dir.  Returns NULL with err set. */
lr_xdata *lr_xdata_load(const char *dir, lr_err *err);

/* Read the data file dir/name (a .tsv of schemas/), calling fn with ctx
 * for each line that is not blank or a comment.  0, or -1 with err set. */
int lr_x_read_schema(const char *dir, const char *name, lr_tsv_row fn,
    void *ctx, lr_err *err);
void lr_xdata_free(lr_xdata *s);
/* Confidence raw as calibrated: the probability that the value is right,
 * or raw itself when calibration.tsv holds no steps. */
double lr_xdata_calibrate(const lr_xdata *s, double raw);
/* The share of review items for reason why that flagged a wrong field in
 * calibration, or -1 when why was not calibrated. */
double lr_xdata_reason_hit(const lr_xdata *s, const char *why);
/* The code index of a 3-letter land-use code, or -1. */
int lr_xdata_code(const lr_xdata *s, const char *code);

#endif
