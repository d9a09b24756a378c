// Draws the network of persons (d3 force layout) from the JSON the page links to.
// Without JavaScript the tables on the page carry the same data.
(function () {
  "use strict";
  const holder = document.getElementById("network");
  if (!holder || typeof d3 === "undefined") return;

  fetch(holder.dataset.src, { headers: { Accept: "application/json" } })
    .then((response) => {
      if (!response.ok) throw new Error("network data: HTTP " + response.status);
      return response.json();
    })
    .then(draw)
    .catch((error) => { holder.textContent = String(error.message); });

  function draw(data) {
    const nodes = data.nodes.rows.map((row) => ({ id: row.id, name: row.person, events: row.events }));
    const known = new Set(nodes.map((n) => n.id));
    const links = data.edges.rows
      .filter((row) => known.has(row.source) && known.has(row.target))
      .map((row) => ({ source: row.source, target: row.target, events: row.events }));
    const width = holder.clientWidth || 960;
    const height = holder.clientHeight || 560;
    const radius = d3.scaleSqrt().domain([0, d3.max(nodes, (n) => n.events) || 1]).range([3, 18]);
    const stroke = d3.scaleSqrt().domain([0, d3.max(links, (l) => l.events) || 1]).range([0.5, 8]);

    const svg = d3.select(holder).append("svg")
      .attr("viewBox", [-width / 2, -height / 2, width, height])
      .attr("aria-hidden", "true");
    const link = svg.append("g").selectAll("line").data(links).join("line")
      .attr("class", "link").attr("stroke-width", (l) => stroke(l.events));
    link.append("title").text((l) => l.events + " events together");
    const node = svg.append("g").selectAll("g").data(nodes).join("g").attr("class", "node");
    node.append("circle").attr("r", (n) => radius(n.events));
    node.append("title").text((n) => n.name + ": " + n.events + " events");
    node.append("text").attr("x", (n) => radius(n.events) + 3).attr("y", 4).text((n) => n.name);
    node.on("click", (event, n) => { window.location.href = "/stats/persons/" + n.id; });

    const simulation = d3.forceSimulation(nodes)
      .force("link", d3.forceLink(links).id((n) => n.id).strength((l) => Math.min(1, 0.05 + l.events / 50)))
      .force("charge", d3.forceManyBody().strength(-180))
      .force("collide", d3.forceCollide().radius((n) => radius(n.events) + 4))
      .force("x", d3.forceX()).force("y", d3.forceY());
    node.call(d3.drag()
      .on("start", (event, n) => { if (!event.active) simulation.alphaTarget(0.3).restart(); n.fx = n.x; n.fy = n.y; })
      .on("drag", (event, n) => { n.fx = event.x; n.fy = event.y; })
      .on("end", (event, n) => { if (!event.active) simulation.alphaTarget(0); n.fx = null; n.fy = null; }));
    simulation.on("tick", () => {
      link.attr("x1", (l) => l.source.x).attr("y1", (l) => l.source.y)
        .attr("x2", (l) => l.target.x).attr("y2", (l) => l.target.y);
      node.attr("transform", (n) => "translate(" + n.x + "," + n.y + ")");
    });
    holder.dataset.drawn = String(nodes.length);
  }
})();
