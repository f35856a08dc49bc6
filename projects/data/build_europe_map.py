"""Build europe.json (the partner map's country outlines) from Natural Earth data. Run once; the output is committed.

Source: the npm package world-atlas 2.0.2 (countries-50m.json), Natural Earth 1:50m Admin 0 countries, public domain;
world-atlas itself is ISC-licensed (Mike Bostock). Usage, outside the repository:

    npm install --prefix /tmp/atlas world-atlas@2
    python projects/data/build_europe_map.py /tmp/atlas/node_modules/world-atlas/countries-50m.json

It decodes the TopoJSON arcs, projects Europe with a Lambert azimuthal equal-area projection centred on 10° E 52° N
(as the EU's ETRS89-LAEA), clips to the map frame, simplifies (Douglas-Peucker) and writes SVG path data per ISO
3166-1 alpha-2 code.
"""

import json
import math
import sys
from pathlib import Path

# ISO 3166-1 numeric → alpha-2 for Europe and the neighbours that show at the map's edges.
NUMERIC_TO_ALPHA2 = {
    "008": "AL",
    "020": "AD",
    "040": "AT",
    "056": "BE",
    "070": "BA",
    "100": "BG",
    "112": "BY",
    "191": "HR",
    "196": "CY",
    "203": "CZ",
    "208": "DK",
    "233": "EE",
    "246": "FI",
    "250": "FR",
    "276": "DE",
    "300": "GR",
    "348": "HU",
    "352": "IS",
    "372": "IE",
    "380": "IT",
    "428": "LV",
    "438": "LI",
    "440": "LT",
    "442": "LU",
    "470": "MT",
    "492": "MC",
    "498": "MD",
    "499": "ME",
    "528": "NL",
    "807": "MK",
    "578": "NO",
    "616": "PL",
    "620": "PT",
    "642": "RO",
    "643": "RU",
    "674": "SM",
    "688": "RS",
    "703": "SK",
    "705": "SI",
    "724": "ES",
    "752": "SE",
    "756": "CH",
    "804": "UA",
    "826": "GB",
    "336": "VA",
    "792": "TR",
    "268": "GE",
    "051": "AM",
    "031": "AZ",
    "398": "KZ",
    "012": "DZ",
    "504": "MA",
    "788": "TN",
    "434": "LY",
    "818": "EG",
    "760": "SY",
    "368": "IQ",
    "364": "IR",
    "376": "IL",
    "400": "JO",
    "422": "LB",
    "275": "PS",
    "234": "FO",
    "833": "IM",
    "831": "GG",
    "832": "JE",
    "248": "AX",
    "292": "GI",
    "682": "SA",
    "304": "GL",
}
BY_NAME = {
    "Kosovo": "XK",
    "N. Cyprus": "CY",
}  # no numeric code in Natural Earth; northern Cyprus drawn with CY

WIDTH = 1000
LON0, LAT0 = math.radians(10), math.radians(52)
# The frame: from Iceland and the Azores' longitude to the Caspian, from North Cape to Cyprus and Crete.
FRAME_CORNERS = [(-24, 66.5), (-10, 35.5), (14, 34.6), (25, 34.6), (35, 34.4), (45, 42), (44, 62), (30, 71.5)]
TOLERANCE = 0.9  # px, Douglas-Peucker
MIN_AREA = 4  # px²: smaller islands are dropped (but a country always keeps its largest ring)


def decode_arcs(topology):
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring_points(ring, arcs):
    points = []
    for index in ring:
        arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        points.extend(arc if not points else arc[1:])
    return points


def laea(lon, lat):
    lon, lat = math.radians(lon), math.radians(lat)
    k = math.sqrt(
        2 / (1 + math.sin(LAT0) * math.sin(lat) + math.cos(LAT0) * math.cos(lat) * math.cos(lon - LON0))
    )
    x = k * math.cos(lat) * math.sin(lon - LON0)
    y = k * (math.cos(LAT0) * math.sin(lat) - math.sin(LAT0) * math.cos(lat) * math.cos(lon - LON0))
    return x, -y


_xs, _ys = zip(*(laea(lon, lat) for lon, lat in FRAME_CORNERS), strict=False)
SCALE = WIDTH / (max(_xs) - min(_xs))
HEIGHT = round((max(_ys) - min(_ys)) * SCALE)


def project(lon, lat):
    x, y = laea(lon, lat)
    return (x - min(_xs)) * SCALE, (y - min(_ys)) * SCALE


def clip(points, edge_inside, intersect):
    output = []
    for i, current in enumerate(points):
        previous = points[i - 1]
        if edge_inside(current):
            if not edge_inside(previous):
                output.append(intersect(previous, current))
            output.append(current)
        elif edge_inside(previous):
            output.append(intersect(previous, current))
    return output


def clip_to_frame(points, pad=2):
    """Sutherland-Hodgman against the map rectangle (enlarged by pad so cut edges stay off-screen)."""
    lo_x, lo_y, hi_x, hi_y = -pad, -pad, WIDTH + pad, HEIGHT + pad

    def at_x(x):
        return lambda p, q: (x, p[1] + (q[1] - p[1]) * (x - p[0]) / (q[0] - p[0]))

    def at_y(y):
        return lambda p, q: (p[0] + (q[0] - p[0]) * (y - p[1]) / (q[1] - p[1]), y)

    for inside, cut in (
        (lambda p: p[0] >= lo_x, at_x(lo_x)),
        (lambda p: p[0] <= hi_x, at_x(hi_x)),
        (lambda p: p[1] >= lo_y, at_y(lo_y)),
        (lambda p: p[1] <= hi_y, at_y(hi_y)),
    ):
        if not points:
            break
        points = clip(points, inside, cut)
    return points


def simplify(points, tolerance):
    if len(points) < 4:
        return points
    start, end = points[0], points[-1]
    dx, dy = end[0] - start[0], end[1] - start[1]
    norm = math.hypot(dx, dy) or 1e-9
    worst, index = 0.0, 0
    for i in range(1, len(points) - 1):
        px, py = points[i]
        distance = (
            abs(dy * (px - start[0]) - dx * (py - start[1])) / norm
            if norm > 1e-9
            else math.hypot(px - start[0], py - start[1])
        )
        if distance > worst:
            worst, index = distance, i
    if worst <= tolerance:
        return [start, end]
    return simplify(points[: index + 1], tolerance)[:-1] + simplify(points[index:], tolerance)


def area(points):
    return (
        abs(sum(p[0] * q[1] - q[0] * p[1] for p, q in zip(points, points[1:] + points[:1], strict=False))) / 2
    )


def path_data(rings):
    parts = []
    for ring in rings:
        ints = [(round(x), round(y)) for x, y in ring]
        deduped = [ints[0]] + [p for prev, p in zip(ints, ints[1:], strict=False) if p != prev]
        if len(deduped) < 3:
            continue
        commands = [f"M{deduped[0][0]} {deduped[0][1]}"]
        commands += [f"l{q[0] - p[0]} {q[1] - p[1]}" for p, q in zip(deduped, deduped[1:], strict=False)]
        parts.append("".join(commands) + "z")
    return "".join(parts).replace(" -", "-")


def main(source, target):
    topology = json.loads(Path(source).read_text())
    arcs = decode_arcs(topology)
    countries = {}
    for geometry in topology["objects"]["countries"]["geometries"]:
        code = NUMERIC_TO_ALPHA2.get(geometry.get("id")) or BY_NAME.get(geometry["properties"]["name"])
        if not code:
            continue
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        rings = []
        for polygon in polygons:
            for ring in polygon:
                lonlat = ring_points(ring, arcs)
                # Far outside the frame (e.g. Russia's Pacific coast): skip before projecting across the globe.
                if all(lon > 75 or lon < -45 or lat < 20 for lon, lat in lonlat):
                    continue
                projected = clip_to_frame([project(lon, lat) for lon, lat in lonlat])
                if len(projected) >= 3:
                    rings.append(simplify(projected + [projected[0]], TOLERANCE)[:-1])
        rings = [ring for ring in rings if len(ring) >= 3]
        if not rings:
            continue
        largest = max(rings, key=area)
        kept = [ring for ring in rings if area(ring) >= MIN_AREA or ring is largest]
        countries.setdefault(code, []).extend(kept)
    data = {
        "source": "Natural Earth 1:50m Admin 0 countries (public domain), via world-atlas 2.0.2 (ISC)",
        "projection": "Lambert azimuthal equal-area, centre 10°E 52°N",
        "viewBox": f"0 0 {WIDTH} {HEIGHT}",
        "countries": {code: path_data(rings) for code, rings in sorted(countries.items())},
    }
    Path(target).write_text(json.dumps(data, separators=(",", ":"), ensure_ascii=False) + "\n")
    print(f"{len(data['countries'])} countries, {Path(target).stat().st_size // 1024} KB → {target}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else Path(__file__).with_name("europe.json"))
