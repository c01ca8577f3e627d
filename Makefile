# landrec: scanned land-use decisions to land-database records.
# Plain GNU make.  Every dependency is found with pkg-config.

PREFIX  ?= /usr/local
BINDIR  ?= $(PREFIX)/bin
MANDIR  ?= $(PREFIX)/share/man
DATADIR ?= $(PREFIX)/share/landrec
DESTDIR ?=
VERSION := 0.1.0

CC      ?= cc
# Each pkg-config package with the Debian package that provides it.
PKGS_DEB:= libtiff-4=libtiff-dev tesseract=libtesseract-dev \
	lept=libleptonica-dev libxml-2.0=libxml2-dev sqlite3=libsqlite3-dev \
	jansson=libjansson-dev libutf8proc=libutf8proc-dev nettle=nettle-dev \
	poppler-glib=libpoppler-glib-dev cairo=libcairo2-dev libjpeg=libjpeg-dev \
	libpng=libpng-dev \
	libzip=libzip-dev xlsxwriter=libxlsxwriter-dev freexl=libfreexl-dev
PKGS    := $(foreach p,$(PKGS_DEB),$(firstword $(subst =, ,$p)))
CFLAGS  ?= -O2 -g
WARN    := -Wall -Wextra -Werror -Wno-error=deprecated-declarations
ALL_CFLAGS = -std=c11 -D_GNU_SOURCE $(WARN) $(CFLAGS) $(SAN) \
	-DLR_VERSION='"$(VERSION)"' -DLR_DATADIR='"$(DATADIR)"' \
	-Ilib -Icmd $(PKG_CFLAGS)
LIBS    = $(PKG_LIBS) -lcsv -lpthread -lm
B       ?= build
V       ?= 0
Q       := $(if $(filter 1,$(V)),,@)

# Goals that compile need the libraries: name the Debian packages that are
# missing and stop.  (deps, check, demo and the like install them first and
# build in a second make.)
BUILDS  := $(filter-out deps demo check check-asan fuzz clean lint-man uninstall,\
	$(or $(MAKECMDGOALS),all))
ifneq ($(BUILDS),)
HAVE_PC := $(shell command -v pkg-config >/dev/null && echo yes)
MISSING := $(if $(HAVE_PC),,pkg-config) \
	$(foreach p,$(PKGS_DEB),$(if $(HAVE_PC),$(if $(shell pkg-config --exists \
	$(firstword $(subst =, ,$p)) && echo y),,$(lastword $(subst =, ,$p))))) \
	$(if $(wildcard /usr/include/csv.h),,libcsv-dev)
ifneq ($(strip $(MISSING)),)
$(error missing libraries; as root run `make deps`, or `apt-get install $(strip $(MISSING))`)
endif
PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS))
PKG_LIBS   := $(shell pkg-config --libs $(PKGS))
endif

# Every command is cmd/NAME.c; cmd/fe/ holds the front-end helpers they share.
# lib/ is one folder per stage (lib/README); headers are included as
# "stage/stage.h" from -Ilib.
CLI_SRC := $(wildcard cmd/fe/*.c)
CMD_SRC := $(wildcard cmd/*.c)
CMDS    := $(patsubst cmd/%.c,%,$(CMD_SRC))
# Developer tools: built, never installed.
DEVCMDS := extract-text
USERCMDS:= $(filter-out $(DEVCMDS),$(CMDS))
LIB_DIRS:= $(wildcard lib/*/)
LIB_SRC := $(foreach d,$(LIB_DIRS),$(wildcard $(d)*.c))
LIB_OBJ := $(patsubst %.c,$(B)/%.o,$(LIB_SRC))
CLI_OBJ := $(patsubst %.c,$(B)/%.o,$(CLI_SRC))
UNIT_SRC:= $(wildcard tests/unit/test-*.c)
UNITS   := $(patsubst tests/unit/%.c,$(B)/tests/%,$(UNIT_SRC))
MANS    := $(wildcard man/*.[1-9])
USERMANS:= $(filter-out $(DEVCMDS:%=man/%.1),$(MANS))

.PHONY: all deps demo check check-asan unit install uninstall clean lint-man fuzz
all: $(addprefix $(B)/bin/,$(CMDS))

deps:
	@sh tools/deps.sh

# Header dependencies from the compiler (-MMD -MP): $(B)/X.d beside X.o.
$(B)/%.o: %.c
	@mkdir -p $(dir $@)
	$(Q)$(CC) $(ALL_CFLAGS) -MMD -MP -c -o $@ $<

-include $(LIB_OBJ:.o=.d) $(CLI_OBJ:.o=.d) $(patsubst cmd/%.c,$(B)/cmd/%.d,$(CMD_SRC))

$(B)/liblandrec.a: $(LIB_OBJ)
	@rm -f $@
	$(Q)ar rcs $@ $^

$(B)/bin/%: $(B)/cmd/%.o $(CLI_OBJ) $(B)/liblandrec.a
	@mkdir -p $(dir $@)
	$(Q)$(CC) $(ALL_CFLAGS) -o $@ $^ $(LIBS)

$(B)/tests/%: tests/unit/%.c $(B)/liblandrec.a
	@mkdir -p $(dir $@)
	$(Q)$(CC) $(ALL_CFLAGS) -MMD -MP -o $@ $(filter %.c %.a,$^) $(LIBS) -lcmocka

-include $(UNITS:=.d)

unit: $(UNITS)

check: deps
	@$(MAKE) --no-print-directory all unit
	@B=$(B) sh tests/run.sh

check-asan: deps
	@$(MAKE) --no-print-directory B=build-asan CFLAGS='-O1 -g' \
		SAN='-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer' all unit
	@B=build-asan ASAN_OPTIONS=detect_leaks=1 \
		LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp \
		UBSAN_OPTIONS=print_stacktrace=1 sh tests/run.sh

demo: deps
	@$(MAKE) --no-print-directory all
	@bash tools/demo.sh

FUZZ_SECONDS ?= 30
fuzz: deps
	@$(MAKE) --no-print-directory B=build-fuzz CC=clang CFLAGS='-O1 -g' \
		SAN='-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all' \
		build-fuzz/liblandrec.a
	@mkdir -p build-fuzz
	@FUZZ_SECONDS=$(FUZZ_SECONDS) sh tools/fuzz.sh

lint-man:
	mandoc -Tlint -Wwarning $(MANS)

install: all
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(MANDIR)/man5 \
		$(DESTDIR)$(MANDIR)/man7 $(DESTDIR)$(DATADIR)/schemas $(DESTDIR)$(DATADIR)/data
	install -m 755 $(addprefix $(B)/bin/,$(USERCMDS)) $(DESTDIR)$(BINDIR)
	for m in $(USERMANS); do s=$${m##*.}; install -m 644 $$m $(DESTDIR)$(MANDIR)/man$$s; done
	cp -R schemas/. $(DESTDIR)$(DATADIR)/schemas
	cp -R data/. $(DESTDIR)$(DATADIR)/data

uninstall:
	rm -f $(addprefix $(DESTDIR)$(BINDIR)/,$(USERCMDS))
	for m in $(USERMANS); do s=$${m##*.}; rm -f $(DESTDIR)$(MANDIR)/man$$s/$${m#man/}; done
	rm -rf $(DESTDIR)$(DATADIR)

clean:
	rm -rf build build-asan build-fuzz out
.SECONDARY:
