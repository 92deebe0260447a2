"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface PostureChartDatum {
  name: string;
  staff: number;
  quota: number;
}

/** The bars themselves: the only module that imports recharts, loaded by PostureChart once a chart is shown. */
export default function PostureBars({
  data,
  staffLabel,
  quotaLabel,
}: {
  data: PostureChartDatum[];
  staffLabel: string;
  quotaLabel: string;
}) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={data} layout="vertical" margin={{ left: 8, right: 16 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" allowDecimals={false} />
        <YAxis type="category" dataKey="name" width={150} tick={{ fontSize: 12 }} />
        <Tooltip />
        <Legend />
        <Bar dataKey="staff" name={staffLabel} fill="#b91c1c" />
        <Bar dataKey="quota" name={quotaLabel} fill="#94a3b8" />
      </BarChart>
    </ResponsiveContainer>
  );
}
