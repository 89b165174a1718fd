#!/usr/bin/env bash
# Builds the .deb from a build folder and checks it: the files it installs, its Depends, the
# desktop file and AppStream metainfo, and that the extracted console renders a screenshot.
# Usage: packaging/check-deb.sh BUILD_DIR   (strata and stratactl must be built)
set -euo pipefail

build=$(cd "${1:?usage: check-deb.sh BUILD_DIR}" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/strata-deb.XXXXXX")
trap 'rm -rf "$work"' EXIT

fail() {
  echo "check-deb: $*" >&2
  exit 1
}

cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1 ||
  { cat "$work/cpack.log" >&2; fail "cpack failed"; }
debs=("$work"/out/strata_*.deb)
[ -f "${debs[0]}" ] || fail "cpack wrote no strata_*.deb"
deb=${debs[0]}
echo "package: $(basename "$deb")"

info=$(dpkg-deb --info "$deb")
grep -qx ' Package: strata' <<<"$info" || fail "package name is not strata"
depends=$(sed -n 's/^ Depends: //p' <<<"$info")
echo "Depends: $depends"
for dep in libc6 libstdc++6 libqt6core6 libqt6gui6 libqt6widgets6 libqt6svg6 libpq5 libgvc6; do
  case ", $depends," in
    *", $dep,"* | *", $dep "*) ;;
    *) fail "Depends lacks $dep" ;;
  esac
done

contents=$(dpkg-deb --contents "$deb" | awk '{print $NF}')
for path in ./usr/bin/strata ./usr/bin/stratactl \
  ./usr/share/applications/org.strata.Strata.desktop \
  ./usr/share/metainfo/org.strata.Strata.metainfo.xml \
  ./usr/share/icons/hicolor/scalable/apps/org.strata.Strata.svg; do
  grep -qx "$path" <<<"$contents" || fail "package lacks $path"
done

root="$work/root"
dpkg-deb -x "$deb" "$root"
desktop-file-validate "$root/usr/share/applications/org.strata.Strata.desktop" ||
  fail "desktop file does not validate"
appstreamcli validate --no-net "$root/usr/share/metainfo/org.strata.Strata.metainfo.xml" ||
  fail "metainfo does not validate"

# the console's settings and recovery files go to a scratch home, not the user's
shot="$work/shot.png"
HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share" \
  "$root/usr/bin/strata" --screenshot "$shot" -platform offscreen ||
  fail "the packaged strata did not render a screenshot"
file "$shot" | grep -q 'PNG image data' || fail "the screenshot is not a PNG"
"$root/usr/bin/stratactl" --help >/dev/null || fail "the packaged stratactl --help failed"
echo "check-deb: $(basename "$deb") is complete and runs"
