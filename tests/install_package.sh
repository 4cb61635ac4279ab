#!/usr/bin/env bash
# Installs sipref into a temporary DESTDIR and builds the Debian package, then checks both: exactly the
# files a desktop needs are there, the desktop entry and the AppStream metainfo validate without a remark,
# the installed binary runs on its own, and the .deb holds the same files with its dependencies resolved.
# Usage: install_package.sh BUILD_DIR CMAKE CPACK VERSION
# Exits 77 (ctest: skipped) only when a tool is missing; bash scripts/deps.sh installs them all.
set -euo pipefail
build=$1 cmake=$2 cpack=$3 version=$4
app_id=io.github.sipref.sipref

for tool in desktop-file-validate appstreamcli dpkg-deb dpkg-shlibdeps file; do
    if ! command -v "$tool" >/dev/null; then
        echo "SKIP: $tool is not installed (bash scripts/deps.sh installs it)"
        exit 77
    fi
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
step() { echo "== $*"; }
# Runs a command quietly; on failure shows its output and stops.
run_logged() {
    local log=$work/$1.log
    shift
    local rc=0
    "$@" >"$log" 2>&1 || rc=$?
    ((rc == 0)) || { cat "$log"; echo "FAIL: $* (exit $rc)"; exit 1; }
}

# Every file, relative to the prefix's parent; the installed tree and the package must both match it.
expected=(usr/bin/sipref
          "usr/share/applications/$app_id.desktop"
          "usr/share/metainfo/$app_id.metainfo.xml"
          "usr/share/icons/hicolor/scalable/apps/$app_id.svg")
for size in 16 24 32 48 64 128 256; do
    expected+=("usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
printf '%s\n' "${expected[@]}" | sort >"$work/expected"

step "cmake --install into a temporary DESTDIR"
root=$work/root
DESTDIR=$root run_logged install "$cmake" --install "$build" --prefix /usr
(cd "$root" && find . ! -type d | sed 's|^\./||' | sort) >"$work/installed"
diff -u "$work/expected" "$work/installed" >"$work/installed.diff" \
    || { cat "$work/installed.diff"; fail "installed files are not the expected ones (- missing, + extra)"; }

step "installed files are what their names say"
for size in 16 24 32 48 64 128 256; do
    png=$root/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png
    [[ -f $png ]] || continue
    file -b "$png" | grep -q "^PNG image data, $size x $size, 8-bit/color RGBA" \
        || fail "$png: $(file -b "$png") (want a ${size}x$size RGBA PNG)"
done
svg=$root/usr/share/icons/hicolor/scalable/apps/$app_id.svg
[[ ! -f $svg ]] || file -b "$svg" | grep -q "SVG" || fail "$svg: $(file -b "$svg")"
binary=$root/usr/bin/sipref
[[ -x $binary ]] || fail "$binary is not executable"
file -b "$binary" | grep -q "^ELF .* executable" || fail "$binary: $(file -b "$binary")"

step "the installed binary runs without the build tree"
if [[ -x $binary ]]; then
    "$binary" --version >"$work/version.out" 2>&1 || fail "sipref --version exited $?: $(cat "$work/version.out")"
    grep -q "$version" "$work/version.out" || fail "sipref --version does not say $version: $(cat "$work/version.out")"
    LANG=C.UTF-8 "$binary" lookup 486 --lang zh_CN >"$work/lookup.out" 2>&1 \
        || fail "sipref lookup 486 exited $?: $(cat "$work/lookup.out")"
    grep -q "486" "$work/lookup.out" || fail "sipref lookup 486 printed: $(cat "$work/lookup.out")"
fi

desktop=$root/usr/share/applications/$app_id.desktop
metainfo=$root/usr/share/metainfo/$app_id.metainfo.xml
step "desktop-file-validate $desktop"
if [[ -f $desktop ]]; then
    # Hints too: "more than one main category" means the entry appears twice in some menus.
    if ! desktop-file-validate "$desktop" >"$work/desktop.out" 2>&1 || [[ -s $work/desktop.out ]]; then
        cat "$work/desktop.out"
        fail "desktop-file-validate found problems"
    fi
    grep -qx "Exec=sipref %F" "$desktop" || fail "desktop entry: Exec is not 'sipref %F'"
    grep -qx "Icon=$app_id" "$desktop" || fail "desktop entry: Icon is not $app_id"
    for key in Name GenericName Comment Keywords; do
        grep -q "^$key\[zh_CN\]=" "$desktop" || fail "desktop entry: no ${key}[zh_CN]"
    done
fi

step "appstreamcli validate --no-net $metainfo"
if [[ -f $metainfo ]]; then
    # --strict: warnings and infos fail too, pedantic hints do not.
    appstreamcli validate --no-net --strict "$metainfo" || fail "appstreamcli validate found problems"
    appstreamcli validate-tree --no-net --strict "$root" || fail "appstreamcli validate-tree found problems"
    grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" \
        || fail "metainfo: launchable is not $app_id.desktop"
    newest=$(grep -o '<release version="[^"]*"' "$metainfo" | head -n1 | cut -d'"' -f2)
    [[ $newest == "$version" ]] \
        || fail "metainfo: newest release is '$newest' but the project is $version (add a <release>)"
fi

step "cpack -G DEB"
run_logged cpack "$cpack" -G DEB -B "$work/package" --config "$build/CPackConfig.cmake"
debs=("$work"/package/sipref_"$version"_*.deb)
[[ ${#debs[@]} -eq 1 && -f ${debs[0]} ]] || { ls -R "$work/package"; echo "FAIL: no sipref_${version}_*.deb"; exit 1; }
deb=${debs[0]}
echo "built $(basename "$deb")"
dpkg-deb -f "$deb"

step "dpkg-deb -c lists the same files, owned by root, with the right modes"
dpkg-deb -c "$deb" >"$work/contents"
awk '$1 !~ /^d/ { sub(/^\.\//, "", $6); print $6 }' "$work/contents" | sort >"$work/packaged"
diff -u "$work/expected" "$work/packaged" >"$work/packaged.diff" \
    || { cat "$work/packaged.diff"; fail "packaged files are not the expected ones (- missing, + extra)"; }
while read -r mode owner _ _ _ path _; do
    [[ $mode == d* ]] && continue
    want=-rw-r--r--
    [[ $path == ./usr/bin/* ]] && want=-rwxr-xr-x
    [[ $mode == "$want" && $owner == root/root ]] || fail "$path is $mode $owner (want $want root/root)"
done <"$work/contents"

step "package fields"
field() { dpkg-deb -f "$deb" "$1"; }
[[ $(field Package) == sipref ]] || fail "Package is '$(field Package)'"
[[ $(field Version) == "$version" ]] || fail "Version is '$(field Version)'"
[[ $(field Section) == net ]] || fail "Section is '$(field Section)'"
[[ -n $(field Maintainer) ]] || fail "no Maintainer"
depends=$(field Depends)
# dpkg-shlibdeps ran: the linked libraries are there with their minimum versions; the SVG plugin is named
# by hand in cmake/packaging.cmake.
for lib in libc6 libstdc++6 libqt6core6 libqt6gui6 libqt6widgets6; do
    [[ $depends == *"$lib (>= "* ]] || fail "Depends lacks $lib (>= …): $depends"
done
[[ $depends == *libqt6svg6* ]] || fail "Depends lacks libqt6svg6: $depends"

step "the packaged binary is stripped"
dpkg-deb -x "$deb" "$work/extracted"
file -b "$work/extracted/usr/bin/sipref" | grep -q ", stripped" \
    || fail "packaged binary: $(file -b "$work/extracted/usr/bin/sipref")"

if ((failures)); then
    echo "$failures check(s) failed"
    exit 1
fi
echo "install and package: all checks passed"
