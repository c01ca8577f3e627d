#!/bin/sh
# Install the Debian packages landrec needs to build, test and run its demo.
# As root: installs what is missing.  Otherwise: prints the apt-get line.
pkgs="build-essential pkg-config libtiff-dev libtesseract-dev libleptonica-dev
tesseract-ocr tesseract-ocr-vie tesseract-ocr-osd tesseract-ocr-eng libxml2-dev libxml2-utils libsqlite3-dev sqlite3 libjansson-dev
libutf8proc-dev nettle-dev libzip-dev libxlsxwriter-dev libfreexl-dev libcsv-dev libcmocka-dev libpoppler-glib-dev libcairo2-dev
libjpeg-dev libpng-dev perl mandoc libtiff-tools img2pdf
imagemagick fonts-dejavu-core fonts-dejavu-extra fonts-liberation fonts-freefont-ttf fonts-croscore fonts-urw-base35 fonts-sil-gentiumplus fonts-noto-mono fonts-roboto-unhinted fonts-open-sans fonts-ebgaramond fonts-noto-core fonts-crosextra-carlito fonts-sil-charis fonts-sil-andika fonts-texgyre fonts-lato fonts-quicksand fonts-inter fonts-vollkorn fonts-manrope fonts-league-spartan fonts-linuxlibertine fonts-jetbrains-mono jq clang
python3-jsonschema python3-xlsxwriter python3-pil chromium parallel"
missing=
for p in $pkgs; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' ||
		missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" != 0 ]; then
	echo "landrec: missing packages; as root run:" >&2
	echo "  apt-get install$missing" >&2
	exit 1
fi
echo "landrec: installing$missing" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null &&
	apt-get install -y -qq --no-install-recommends $missing >/dev/null ||
	{ echo "landrec: apt-get install failed" >&2; exit 1; }
