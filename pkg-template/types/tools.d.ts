// The local tools: inspectCertificate (upload rules), certificateImpact and expiryStatus.
import type OpenAI from '../index.js';
import type { RequestOptions } from './options.js';

/** What `inspectCertificate` read from a PEM certificate. */
export interface CertificateInfo {
  /** The subject, as an RFC 4514 string (`CN=...,O=...`). */ subject: string;
  /** The issuer, as an RFC 4514 string. */ issuer: string;
  /** The serial number: upper-case hex bytes separated by colons. */ serial_number: string;
  /** Unix seconds from which the certificate is valid (notBefore). */ valid_at: number;
  /** Unix seconds at which the certificate expires (notAfter). */ expires_at: number;
  /** Whether basicConstraints marks it as a CA. */ is_ca: boolean;
  /** SHA-256 of the DER: upper-case hex bytes separated by colons. */ fingerprint_sha256: string;
  /** Each of OpenAI's upload rules the text breaks, errors first; empty when it breaks none. */
  rules: UploadRule[];
}

/**
 * One of OpenAI's documented upload rules a certificate breaks. Errors (`too_large`, `expired`,
 * `expires_within_a_day`, `not_ca`) make the API refuse the upload; warnings are what its guide
 * asks of a CA certificate (Key Usage with Certificate Sign and CRL Sign, the Subject and Authority
 * Key Identifiers), or a bundle, of which only the first certificate is used.
 */
export interface UploadRule {
  /** Which rule. */
  code:
    | 'no_certificate'
    | 'too_large'
    | 'expired'
    | 'expires_within_a_day'
    | 'not_ca'
    | 'key_usage_without_cert_sign'
    | 'no_subject_key_identifier'
    | 'no_authority_key_identifier'
    | 'multiple_certificates';
  /** `error`: the API would refuse the upload; `warning`: it would accept it. */
  severity: 'error' | 'warning';
  /** What is wrong and what to do, in a sentence. */
  message: string;
}

/** Options of `inspectCertificate`. */
export interface InspectOptions {
  /** When the upload would happen, in Unix seconds (default: now); the validity rules use it. */
  now?: number;
}

/**
 * Reads a PEM certificate locally, without any request (its own wasm, loaded on first use), with
 * each upload rule it breaks. Of a bundle, the first certificate is read (and
 * `multiple_certificates` reported). Rejects with an `InvalidParameterError` when the text holds no
 * readable certificate (the `no_certificate` rule: no PEM, a private key block, bad base64 or DER).
 */
export function inspectCertificate(pem: string, options?: InspectOptions): Promise<CertificateInfo>;

/** A planned change whose impact `certificateImpact` reports, checked as the call it previews. */
export interface PlannedChange {
  /** What would be done. A delete is organization-wide (no `project_id`). */
  action: 'activate' | 'deactivate' | 'delete';
  /** 1 to 10 distinct certificate ids. */
  certificate_ids: string[];
  /** The project whose activations change; absent for the organization's. */
  project_id?: string;
}

/** What a scope requires of its clients. */
export interface Enforcement {
  /** `own`: the project's own active certificates; `organization`: the organization's (the project has none); `none`: no client certificate is required. */
  source: 'own' | 'organization' | 'none';
  /** The certificates a client must chain to (empty for `none`). */
  certificate_ids: string[];
}

/** A project, by id and name. */
export interface ProjectReference {
  /** The project's id. */ id: string;
  /** The project's name. */ name: string;
}

/** What a planned change would do to mTLS enforcement, scope by scope. */
export interface CertificateImpact {
  /** The organization's active certificates now. */ organization_before: string[];
  /** The organization's active certificates after the change. */ organization_after: string[];
  /** The change leaves the organization without an active certificate it had. */ organization_left_with_none: boolean;
  /** Every listed project's enforcement before and after. */
  projects: (ProjectReference & { before: Enforcement; after: Enforcement })[];
  /** Projects that require client certificates now and would not. */ stop_requiring: ProjectReference[];
  /** Projects enforcing their own certificates now that would fall back to the organization's. */ fall_back: ProjectReference[];
  /** Projects requiring no client certificate now that would. */ start_requiring: ProjectReference[];
  /** Client certificates would stop being required somewhere: worth a second confirmation. */ ends_enforcement: boolean;
  /** A delete the API would refuse as in use: nothing would change. */ refused: boolean;
  /** For a delete, each certificate still active somewhere, and where. */
  in_use: { certificate_id: string; organization: boolean; projects: ProjectReference[] }[];
  /** No scope's certificates would change. */ changes_nothing: boolean;
}

/**
 * What `change` would do to mTLS enforcement in every scope, before it is made: lists the
 * organization's certificates and every project's activations with `client` (reads only; the
 * request `options` apply to each), then works it out locally (in the inspector's wasm, loaded on
 * first use). Rejects with an `InvalidParameterError` for a bad `change` before any request.
 */
export function certificateImpact(client: OpenAI, change: PlannedChange, options?: RequestOptions): Promise<CertificateImpact>;

/** How close a certificate is to expiry: what `check` reports and the console's "needs attention" shows. */
export interface ExpiryStatus {
  /** `expired` once past its expiry; else `critical`, `warning` or `ok` by whole days left; `unknown` without a date. */
  status: 'expired' | 'critical' | 'warning' | 'ok' | 'unknown';
  /** Started days until expiry: rounded up before it (3 hours left is 1), down after it (negative); `null` without a date. */
  days_left: number | null;
}

/** The thresholds of `expiryStatus`, in whole days, and the time it is judged at. */
export interface ExpiryThresholds {
  /** Unix seconds; default now. */ now?: number;
  /** `warning` at most this many days left; default 30. */ warn?: number;
  /** `critical` at most this many days left; default 14. */ critical?: number;
}

/** Classifies an expiry date (Unix seconds, as `certificate_details.expires_at`); pure, no request. */
export function expiryStatus(expiresAt: number | null | undefined, thresholds?: ExpiryThresholds): ExpiryStatus;
