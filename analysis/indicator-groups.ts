/** What grouping needs of a target: what kind of figure it is and what it measures. */
export interface Member {
  kind: string;
  name: string;
  key: string;
}

/** Per kind, the names and keys of a group's members: a group never holds two results (or goals) of different things. */
type Seen = Map<string, { names: Set<string>; keys: Set<string> }>;

interface Group {
  members: number[];
  byKind: Seen;
}

/**
 * Joins members along weighed edges ([likeness, i, j], likest first), the smaller group into the larger, never
 * two members of one kind with different names and keys. Returns the groups of two or more, members in order.
 * A member stays a bare index until an edge joins it: a dense page has 100,000 figures and most join nothing.
 */
export function groupMembers(
  members: ReadonlyArray<Member | null>,
  edges: ReadonlyArray<readonly [number, number, number]>,
): number[][] {
  const of = new Int32Array(members.length);
  for (let i = 0; i < of.length; i++) of[i] = i;
  const groups = new Map<number, Group>();
  const size = (g: number) => groups.get(g)?.members.length ?? 1;

  // Whether member y may not join group (or lone member) g.
  const conflicts = (y: Member, g: number): boolean => {
    const group = groups.get(g);
    if (!group) {
      const z = members[g] as Member;
      return z.kind === y.kind && z.name !== y.name && z.key !== y.key;
    }
    const there = group.byKind.get(y.kind);
    if (!there) return false;
    return (there.names.size > 1 || !there.names.has(y.name)) && (there.keys.size > 1 || !there.keys.has(y.key));
  };
  const clash = (a: number, b: number): boolean => {
    const [small, large] = size(a) < size(b) ? [a, b] : [b, a];
    const group = groups.get(small);
    if (!group) return conflicts(members[small] as Member, large);
    return group.members.some((k) => conflicts(members[k] as Member, large));
  };
  const add = (seen: Seen, kind: string, names: Iterable<string>, keys: Iterable<string>) => {
    const kept = seen.get(kind) ?? { names: new Set<string>(), keys: new Set<string>() };
    for (const n of names) kept.names.add(n);
    for (const k of keys) kept.keys.add(k);
    seen.set(kind, kept);
  };

  for (const [, i, j] of edges) {
    let gi = of[i] as number;
    let gj = of[j] as number;
    if (gi === gj || clash(gi, gj)) continue;
    // The smaller group moves into the larger: each member moves O(log n) times.
    if (size(gi) < size(gj)) [gi, gj] = [gj, gi];
    let into = groups.get(gi);
    if (!into) {
      const lone = members[gi] as Member;
      into = { members: [gi], byKind: new Map() };
      add(into.byKind, lone.kind, [lone.name], [lone.key]);
      groups.set(gi, into);
    }
    const from = groups.get(gj);
    if (from) {
      for (const k of from.members) of[k] = gi;
      into.members.push(...from.members);
      for (const [kind, seen] of from.byKind) add(into.byKind, kind, seen.names, seen.keys);
      groups.delete(gj);
    } else {
      const lone = members[gj] as Member;
      of[gj] = gi;
      into.members.push(gj);
      add(into.byKind, lone.kind, [lone.name], [lone.key]);
    }
  }
  return [...groups.values()].map(({ members: group }) => group.sort((x, y) => x - y));
}
