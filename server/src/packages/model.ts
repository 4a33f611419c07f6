import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from "typeorm";
import { DateTimeScalar } from "../platform/scalars.js";

/** What a document of a meeting package is (the words a council secretariat uses). */
export enum DocumentKind {
  NOTICE = "NOTICE", // njoftimi
  AGENDA = "AGENDA", // rendi i ditës
  DRAFT_ACT = "DRAFT_ACT", // projektvendimi
  REPORT = "REPORT", // relacioni / raporti
  SUPPORTING = "SUPPORTING", // material shoqërues
}
registerEnumType(DocumentKind, {
  name: "DocumentKind",
  description: "NOTICE [njoftimi], AGENDA [rendi i ditës], DRAFT_ACT [projektvendimi], REPORT [relacioni/raporti], SUPPORTING [material shoqërues].",
});

/** One file uploaded for a document: version 1 is the first, the highest is the current one. */
@ObjectType({ description: "One uploaded file of a meeting document; earlier versions stay on the record." })
@Check("meeting_document_version_file_name_check", "((length(file_name) >= 1) AND (length(file_name) <= 255))")
@Check("meeting_document_version_media_type_check", "(media_type = ANY (ARRAY['application/pdf'::text, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'::text, 'application/vnd.oasis.opendocument.text'::text, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'::text, 'text/csv'::text, 'image/jpeg'::text, 'image/png'::text]))")
@Check("meeting_document_version_sha256_check", "(sha256 ~ '^[0-9a-f]{64}$'::text)")
@Check("meeting_document_version_size_bytes_check", "(size_bytes > 0)")
@Check("meeting_document_version_version_check", "(version >= 1)")
@Index("meeting_document_version_uploaded_by", ["uploadedBy"])
@Entity({ name: "meeting_document_version" })
export class DocumentVersion {
  @PrimaryColumn({ type: "uuid", name: "document_id" })
  documentId: string;

  @Field(() => Int)
  @PrimaryColumn({ type: "int" })
  version: number;

  @Field(() => String, { description: "The file's name as uploaded (its extension follows the content)." })
  @Column({ type: "text", name: "file_name" })
  fileName: string;

  @Field(() => String, { description: "The media type found in the file's content (not its name), e.g. application/pdf." })
  @Column({ type: "text", name: "media_type" })
  mediaType: string;

  @Field(() => Int, { description: "Size in bytes." })
  @Column({ type: "int", name: "size_bytes" })
  size: number;

  @Field(() => String, { description: "SHA-256 (hex) of the file's bytes, as served at url." })
  @Column({ type: "text" })
  sha256: string;

  @Field(() => DateTimeScalar)
  @Column({ type: "timestamptz", name: "uploaded_at", default: () => "clock_timestamp()" })
  uploadedAt: Date;

  @Column({ type: "uuid", name: "uploaded_by" })
  uploadedBy: string;

  /** The text of a PDF (unpdf), for search; null for other types and PDFs without a text layer. Never listed. */
  @Column({ type: "text", nullable: true, select: false })
  text: string | null;

  @Field(() => String, { description: "Where this version is served (a stable address: it never changes)." })
  url: string;

  @ManyToOne("MeetingDocument") @JoinColumn({ name: "document_id", foreignKeyConstraintName: "meeting_document_version_document_id_fkey" }) private readonly documentFk?: object;
  @ManyToOne("User") @JoinColumn({ name: "uploaded_by", foreignKeyConstraintName: "meeting_document_version_uploaded_by_fkey" }) private readonly uploadedByFk?: object;
}

/** A document of a meeting package, attached to a session or to one of its agenda items. */
@ObjectType({ description: "A document of a meeting package [paketa e mbledhjes], attached to a session or to one of its agenda items. Its fields describe the current version." })
@Check("meeting_document_kind_check", "(kind = ANY (ARRAY['NOTICE'::text, 'AGENDA'::text, 'DRAFT_ACT'::text, 'REPORT'::text, 'SUPPORTING'::text]))")
@Check("meeting_document_title_check", "((length(title) >= 1) AND (length(title) <= 300))")
@Check("meeting_document_withdrawal_reason_check", "((withdrawal_reason IS NULL) OR ((length(withdrawal_reason) >= 1) AND (length(withdrawal_reason) <= 1000)))")
@Check("meeting_document_withdrawal_check", "(((withdrawn_at IS NULL) AND (withdrawn_by IS NULL) AND (withdrawal_reason IS NULL)) OR ((withdrawn_at IS NOT NULL) AND (withdrawn_by IS NOT NULL) AND (withdrawal_reason IS NOT NULL)))")
@Index("meeting_document_session", ["sessionId", "createdAt"])
@Index("meeting_document_item", ["agendaItemId"])
@Entity({ name: "meeting_document" })
export class MeetingDocument {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field(() => ID)
  @Column({ type: "uuid", name: "session_id" })
  sessionId: string;

  @Field(() => ID, { nullable: true, description: "The agenda item it belongs to; null for the session's own documents (notice, agenda)." })
  @Column({ type: "uuid", name: "agenda_item_id", nullable: true })
  agendaItemId: string | null;

  @Field(() => DocumentKind)
  @Column({ type: "text" })
  kind: DocumentKind;

  @Field(() => String)
  @Column({ type: "text" })
  title: string;

  @Field(() => DateTimeScalar, { description: "When the first version was attached." })
  @Column({ type: "timestamptz", name: "created_at", default: () => "clock_timestamp()" })
  createdAt: Date;

  @Column({ type: "uuid", name: "created_by" })
  createdBy: string;

  @Field(() => DateTimeScalar, { nullable: true, description: "When the secretariat withdrew it [tërhequr]; it stays on the record, its files are no longer served." })
  @Column({ type: "timestamptz", name: "withdrawn_at", nullable: true })
  withdrawnAt: Date | null;

  @Column({ type: "uuid", name: "withdrawn_by", nullable: true })
  withdrawnBy: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", name: "withdrawal_reason", nullable: true })
  withdrawalReason: string | null;

  // The current version's fields, filled by the queries (packages/queries.ts).
  @Field(() => Int, { description: "The current version's number (1 until replaced)." }) version: number;
  @Field(() => String) fileName: string;
  @Field(() => String, { description: "The media type found in the content, e.g. application/pdf." }) mediaType: string;
  @Field(() => Int, { description: "Size in bytes." }) size: number;
  @Field(() => String) sha256: string;
  @Field(() => DateTimeScalar, { description: "When the current version was uploaded." }) uploadedAt: Date;
  @Field(() => String, { nullable: true, description: "The current version's address; null once withdrawn." }) url: string | null;
  @Field(() => [DocumentVersion], { description: "Every version, newest first: the current one, then those it replaced." }) versions: DocumentVersion[];

  @ManyToOne("CouncilSession") @JoinColumn({ name: "session_id", foreignKeyConstraintName: "meeting_document_session_id_fkey" }) private readonly sessionFk?: object;
  @ManyToOne("AgendaItem") @JoinColumn([
    { name: "session_id", referencedColumnName: "sessionId", foreignKeyConstraintName: "meeting_document_session_id_agenda_item_id_fkey" },
    { name: "agenda_item_id", referencedColumnName: "id", foreignKeyConstraintName: "meeting_document_session_id_agenda_item_id_fkey" },
  ]) private readonly agendaItemFk?: object;
  @ManyToOne("User") @JoinColumn({ name: "created_by", foreignKeyConstraintName: "meeting_document_created_by_fkey" }) private readonly createdByFk?: object;
  @ManyToOne("User") @JoinColumn({ name: "withdrawn_by", foreignKeyConstraintName: "meeting_document_withdrawn_by_fkey" }) private readonly withdrawnByFk?: object;
}

/** The bytes of one version, apart so that no list ever reads them. Read and written in SQL only. */
@Entity({ name: "meeting_document_file" })
export class DocumentFile {
  @PrimaryColumn({ type: "uuid", name: "document_id" }) documentId: string;
  @PrimaryColumn({ type: "int" }) version: number;
  @Column({ type: "bytea" }) bytes: Buffer;
  @ManyToOne("DocumentVersion") @JoinColumn([
    { name: "document_id", referencedColumnName: "documentId", foreignKeyConstraintName: "meeting_document_file_document_id_version_fkey" },
    { name: "version", referencedColumnName: "version", foreignKeyConstraintName: "meeting_document_file_document_id_version_fkey" },
  ]) private readonly versionFk?: object;
}
