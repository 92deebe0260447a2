/** What each form of the news module does when submitted (lib/actions/form-action.ts). */
import "server-only";
import type { FormAction } from "@/lib/actions/form-action";
import { createNewsDraft, saveNews } from "./news-mutations";

type Saved = { id: string };

const onNews = {
  fieldLabels: "news.fields",
  revalidate: ({ id }: Saved) => ["/berita", `/berita/${id}`],
};

/** Buat berita: the draft opens on its edit page, facts filled in. */
export const draftForm: FormAction<Saved> = {
  ...onNews,
  open: ({ id }: Saved) => `/berita/${id}/ubah`,
  create: { mutation: createNewsDraft, saved: "news.saved.drafted" },
};

export const newsForm: FormAction<Saved> = {
  ...onNews,
  open: ({ id }: Saved) => `/berita/${id}`,
  update: { mutation: saveNews, saved: "forms.saved" },
};
