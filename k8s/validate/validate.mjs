// Offline checks of every kustomize overlay, with no cluster:
//  1. `kubectl kustomize` renders it;
//  2. every object validates against the Kubernetes 1.27 schemas (kubernetes-models: types, required fields, enums);
//  3. no unknown (misspelled) field, which those schemas let through: checked against the field lists of the
//     Kubernetes client models;
//  4. policy: probes, resources, non-root user, read-only root filesystem, no privilege escalation, all
//     capabilities dropped, RuntimeDefault seccomp, an image pinned by a tag other than latest.
// Then it proves the checks bite: a misspelled-field fixture and one broken copy per policy must each fail.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import yaml from "js-yaml";

const require = createRequire(import.meta.url);
const clientModels = require("@kubernetes/client-node");
const OVERLAYS = ["dev", "prod"];

function render(overlay) {
  const text = execFileSync("kubectl", ["kustomize", `../overlays/${overlay}`], { encoding: "utf8" });
  return yaml.loadAll(text).filter(Boolean);
}

async function schemaErrors(object) {
  const [group, version] = object.apiVersion.includes("/") ? object.apiVersion.split("/") : [null, object.apiVersion];
  const module = group ? `kubernetes-models/${group}/${version}/${object.kind}` : `kubernetes-models/${version}/${object.kind}`;
  const { [object.kind]: Model } = await import(module);
  try {
    new Model(object).validate();
    return [];
  } catch (e) {
    return [`schema: ${e.message}`];
  }
}

function clientTypeName(object) {
  const version = object.apiVersion.split("/").pop();
  return version.charAt(0).toUpperCase() + version.slice(1) + object.kind;
}

function unknownFields(value, type, path, errors) {
  if (value === null || value === undefined) return;
  const array = /^Array<(.+)>$/.exec(type);
  if (array) {
    value.forEach((item, i) => unknownFields(item, array[1], `${path}[${i}]`, errors));
    return;
  }
  const map = /^\{ \[key: string\]: (.+); \}$/.exec(type);
  if (map) {
    Object.entries(value).forEach(([k, v]) => unknownFields(v, map[1], `${path}.${k}`, errors));
    return;
  }
  const model = clientModels[type];
  if (!model || typeof model.getAttributeTypeMap !== "function" || typeof value !== "object") return;
  const attributes = new Map(model.getAttributeTypeMap().map((a) => [a.baseName, a.type]));
  for (const [key, child] of Object.entries(value)) {
    if (!attributes.has(key)) {
      errors.push(`unknown field ${path}.${key}`);
    } else {
      unknownFields(child, attributes.get(key), `${path}.${key}`, errors);
    }
  }
}

function policyErrors(object) {
  if (object.kind !== "Deployment") return [];
  const errors = [];
  const pod = object.spec.template.spec;
  const podSecurity = pod.securityContext ?? {};
  if (podSecurity.runAsNonRoot !== true) errors.push("policy: pod securityContext.runAsNonRoot must be true");
  if (podSecurity.runAsUser === 0) errors.push("policy: pod runs as root (runAsUser 0)");
  if (podSecurity.seccompProfile?.type !== "RuntimeDefault") errors.push("policy: seccompProfile must be RuntimeDefault");
  for (const c of pod.containers) {
    const where = `container ${c.name}`;
    for (const probe of ["startupProbe", "livenessProbe", "readinessProbe"]) {
      if (!c[probe]) errors.push(`policy: ${where} has no ${probe}`);
    }
    for (const kind of ["requests", "limits"]) {
      for (const resource of ["cpu", "memory"]) {
        if (!c.resources?.[kind]?.[resource]) errors.push(`policy: ${where} has no ${kind}.${resource}`);
      }
    }
    const security = c.securityContext ?? {};
    if (security.runAsUser === 0 || security.runAsNonRoot === false) errors.push(`policy: ${where} runs as root`);
    if (security.readOnlyRootFilesystem !== true) errors.push(`policy: ${where} has a writable root filesystem`);
    if (security.allowPrivilegeEscalation !== false) errors.push(`policy: ${where} allows privilege escalation`);
    if (!(security.capabilities?.drop ?? []).includes("ALL")) errors.push(`policy: ${where} does not drop ALL capabilities`);
    const tag = /:([^:/@]+)$/.exec(c.image)?.[1];
    if (!tag || tag === "latest") errors.push(`policy: ${where} image ${c.image} is not pinned by a tag other than latest`);
  }
  return errors;
}

async function check(objects) {
  const errors = [];
  for (const object of objects) {
    const name = `${object.kind}/${object.metadata?.name}`;
    const found = [...(await schemaErrors(object)), ...policyErrors(object)];
    unknownFields(object, clientTypeName(object), object.kind, found);
    found.forEach((e) => errors.push(`${name}: ${e}`));
  }
  return errors;
}

let failed = false;
for (const overlay of OVERLAYS) {
  const errors = await check(render(overlay));
  if (errors.length) {
    failed = true;
    console.error(`overlay ${overlay}:\n  ${errors.join("\n  ")}`);
  } else {
    console.log(`overlay ${overlay}: renders, validates, no unknown fields, policy met`);
  }
}

// The checks must bite.
const prod = render("prod");
const deployment = () => structuredClone(prod.find((o) => o.kind === "Deployment"));
const container = (d) => d.spec.template.spec.containers[0];
const broken = {
  "misspelled field fixture": yaml.loadAll(readFileSync("fixtures/misspelled-field.yaml", "utf8")).filter(Boolean),
  "wrong type": [(() => { const d = deployment(); d.spec.replicas = "two"; return d; })()],
  "missing probe": [(() => { const d = deployment(); delete container(d).readinessProbe; return d; })()],
  "missing resources": [(() => { const d = deployment(); delete container(d).resources; return d; })()],
  "root user": [(() => { const d = deployment(); d.spec.template.spec.securityContext.runAsUser = 0; return d; })()],
  "writable root filesystem": [(() => { const d = deployment(); container(d).securityContext.readOnlyRootFilesystem = false; return d; })()],
  "latest tag": [(() => { const d = deployment(); container(d).image = "replenish/replenish:latest"; return d; })()],
};
for (const [what, objects] of Object.entries(broken)) {
  const errors = await check(objects);
  if (errors.length === 0) {
    failed = true;
    console.error(`self-test: ${what} was not caught`);
  } else {
    console.log(`self-test: ${what} caught (${errors[0]})`);
  }
}
process.exit(failed ? 1 : 0);
