// Uploads a document's file to the server over plain HTTP (multipart/form-data), with the
// logged-in token, reporting progress (XMLHttpRequest: fetch cannot report an upload's progress).
import { currentToken } from "../app/auth/authStore";

export type UploadAnswer = { ok: true; documentId: string; version: number } | { ok: false; status: number; code: string; message: string };

export type UploadRequest = {
  url: string;
  file: File;
  fields: Record<string, string>;
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
};

export const attachUrl = (sessionId: string) => `/packages/sessions/${sessionId}/documents`;
export const replaceUrl = (documentId: string) => `/packages/documents/${documentId}/versions`;

export function uploadDocument({ url, file, fields, onProgress, signal }: UploadRequest): Promise<UploadAnswer> {
  return new Promise((resolve) => {
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    form.append("file", file, file.name);
    const xhr = new XMLHttpRequest();
    xhr.open("POST", url);
    const token = currentToken();
    if (token) xhr.setRequestHeader("Authorization", `Bearer ${token}`);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress?.(event.loaded / event.total);
    };
    xhr.onload = () => {
      let body: { document?: { id: string; version: number }; error?: { code: string; message: string } } = {};
      try {
        body = JSON.parse(xhr.responseText) as typeof body;
      } catch {
        // not JSON (a proxy's page)
      }
      if (xhr.status >= 200 && xhr.status < 300 && body.document) resolve({ ok: true, documentId: body.document.id, version: body.document.version });
      else resolve({ ok: false, status: xhr.status, code: body.error?.code ?? "UNKNOWN", message: body.error?.message ?? xhr.statusText });
    };
    xhr.onerror = () => resolve({ ok: false, status: 0, code: "NETWORK", message: "" });
    xhr.onabort = () => resolve({ ok: false, status: 0, code: "ABORTED", message: "" });
    signal?.addEventListener("abort", () => xhr.abort());
    xhr.send(form);
  });
}
