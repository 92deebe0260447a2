"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { ErrorView } from "@/components/errors/error-view";

/** A page or action that failed on the server, inside the root layout (see ErrorView; global-error.tsx above it). */
export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  const router = useRouter();
  const [retrying, startRetry] = useTransition();
  return (
    <ErrorView
      digest={error.digest}
      retrying={retrying}
      onRetry={() =>
        startRetry(() => {
          router.refresh();
          reset();
        })
      }
    />
  );
}
