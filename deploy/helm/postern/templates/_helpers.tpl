{{- define "postern.labels" -}}
app.kubernetes.io/part-of: postern
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/instance: {{ .Release.Name }}
helm.sh/chart: {{ .Chart.Name }}-{{ .Chart.Version }}
{{- end -}}

{{- define "postern.selector" -}}
app.kubernetes.io/name: {{ .name }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
{{- end -}}

{{/* The list of services this chart deploys: name (also its values key) and its database role prefix. */}}
{{- define "postern.services" -}}
gateway: gateway
audit: audit
send: send
webhooks: webhooks
inbound-scanner: inbound_scanner
{{- end -}}

{{/* In-cluster base URL of a service's HTTP port: (dict "name" "send" "root" $). */}}
{{- define "postern.url" -}}
http://{{ .root.Release.Name }}-{{ .name }}:{{ (index .root.Values .name).port }}
{{- end -}}

{{/* The gateway's public base URL (List-Unsubscribe links): send.publicUrl, else https://<ingress.host>. */}}
{{- define "postern.publicUrl" -}}
{{- if .Values.send.publicUrl -}}
{{ .Values.send.publicUrl }}
{{- else -}}
https://{{ .Values.ingress.host }}
{{- end -}}
{{- end -}}
