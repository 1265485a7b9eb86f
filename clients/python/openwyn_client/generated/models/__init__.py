"""Contains all the data models used in inputs/outputs"""

from .address import Address
from .aggregate import Aggregate
from .aging import Aging
from .api_key_create import ApiKeyCreate
from .api_key_created import ApiKeyCreated
from .api_key_created_envelope import ApiKeyCreatedEnvelope
from .api_key_list_envelope import ApiKeyListEnvelope
from .api_key_read import ApiKeyRead
from .approve_request import ApproveRequest
from .ar_transaction import ArTransaction
from .ar_transaction_collection import ArTransactionCollection
from .ar_transaction_kind import ArTransactionKind
from .ar_transaction_list_envelope import ArTransactionListEnvelope
from .ar_transaction_list_request import ArTransactionListRequest
from .ar_transaction_list_request_kind_type_0 import ArTransactionListRequestKindType0
from .ar_transaction_order_by import ArTransactionOrderBy
from .ar_transaction_search_request import ArTransactionSearchRequest
from .ar_transaction_where import ArTransactionWhere
from .ar_transaction_where_kind import ArTransactionWhereKind
from .ar_transaction_where_kind_eq import ArTransactionWhereKindEq
from .ar_transaction_where_kind_gt import ArTransactionWhereKindGt
from .ar_transaction_where_kind_gte import ArTransactionWhereKindGte
from .ar_transaction_where_kind_in_item import ArTransactionWhereKindInItem
from .ar_transaction_where_kind_lt import ArTransactionWhereKindLt
from .ar_transaction_where_kind_lte import ArTransactionWhereKindLte
from .ar_transaction_where_kind_neq import ArTransactionWhereKindNeq
from .ar_transaction_where_kind_nin_item import ArTransactionWhereKindNinItem
from .attachment_view import AttachmentView
from .batch_summary import BatchSummary
from .boolean_comparison import BooleanComparison
from .catalog_entry import CatalogEntry
from .client_balance import ClientBalance
from .client_balance_envelope import ClientBalanceEnvelope
from .client_business_entity import ClientBusinessEntity
from .client_business_entity_collection import ClientBusinessEntityCollection
from .client_business_entity_create import ClientBusinessEntityCreate
from .client_business_entity_envelope import ClientBusinessEntityEnvelope
from .client_business_entity_list_envelope import ClientBusinessEntityListEnvelope
from .client_business_entity_list_request import ClientBusinessEntityListRequest
from .client_business_entity_order_by import ClientBusinessEntityOrderBy
from .client_business_entity_search_request import ClientBusinessEntitySearchRequest
from .client_business_entity_update import ClientBusinessEntityUpdate
from .client_business_entity_where import ClientBusinessEntityWhere
from .client_create import ClientCreate
from .client_create_custom_fields_type_0 import ClientCreateCustomFieldsType0
from .client_create_paymentterms import ClientCreatePaymentterms
from .client_detail import ClientDetail
from .client_detail_address_type_0 import ClientDetailAddressType0
from .client_detail_billing_address_type_0 import ClientDetailBillingAddressType0
from .client_detail_custom_fields_type_0 import ClientDetailCustomFieldsType0
from .client_detail_envelope import ClientDetailEnvelope
from .client_detail_paymentterms import ClientDetailPaymentterms
from .client_detail_status import ClientDetailStatus
from .client_list_request import ClientListRequest
from .client_list_request_payment_terms_type_0 import ClientListRequestPaymentTermsType0
from .client_order_by import ClientOrderBy
from .client_search_request import ClientSearchRequest
from .client_update import ClientUpdate
from .client_update_custom_fields_type_0 import ClientUpdateCustomFieldsType0
from .client_update_paymentterms import ClientUpdatePaymentterms
from .client_where import ClientWhere
from .client_where_address import ClientWhereAddress
from .client_where_billing_address import ClientWhereBillingAddress
from .client_where_custom_fields import ClientWhereCustomFields
from .client_where_payment_terms import ClientWherePaymentTerms
from .client_where_payment_terms_eq import ClientWherePaymentTermsEq
from .client_where_payment_terms_gt import ClientWherePaymentTermsGt
from .client_where_payment_terms_gte import ClientWherePaymentTermsGte
from .client_where_payment_terms_in_item import ClientWherePaymentTermsInItem
from .client_where_payment_terms_lt import ClientWherePaymentTermsLt
from .client_where_payment_terms_lte import ClientWherePaymentTermsLte
from .client_where_payment_terms_neq import ClientWherePaymentTermsNeq
from .client_where_payment_terms_nin_item import ClientWherePaymentTermsNinItem
from .communication_preferences import CommunicationPreferences
from .communication_preferences_email_frequency_type_0 import (
    CommunicationPreferencesEmailFrequencyType0,
)
from .communication_preferences_preferred_method_type_0 import (
    CommunicationPreferencesPreferredMethodType0,
)
from .contact import Contact
from .contact_address import ContactAddress
from .contact_client import ContactClient
from .contact_client_collection import ContactClientCollection
from .contact_client_create import ContactClientCreate
from .contact_client_envelope import ContactClientEnvelope
from .contact_client_list_envelope import ContactClientListEnvelope
from .contact_client_list_request import ContactClientListRequest
from .contact_client_order_by import ContactClientOrderBy
from .contact_client_search_request import ContactClientSearchRequest
from .contact_client_update import ContactClientUpdate
from .contact_client_where import ContactClientWhere
from .contact_collection import ContactCollection
from .contact_create_type_0 import ContactCreateType0
from .contact_create_type_1 import ContactCreateType1
from .contact_detail import ContactDetail
from .contact_detail_envelope import ContactDetailEnvelope
from .contact_detail_status import ContactDetailStatus
from .contact_detail_type_type_0 import ContactDetailTypeType0
from .contact_info import ContactInfo
from .contact_info_address_type_0 import ContactInfoAddressType0
from .contact_info_collection import ContactInfoCollection
from .contact_info_create import ContactInfoCreate
from .contact_info_create_kind import ContactInfoCreateKind
from .contact_info_envelope import ContactInfoEnvelope
from .contact_info_kind import ContactInfoKind
from .contact_info_list_envelope import ContactInfoListEnvelope
from .contact_info_list_request import ContactInfoListRequest
from .contact_info_list_request_kind_type_0 import ContactInfoListRequestKindType0
from .contact_info_order_by import ContactInfoOrderBy
from .contact_info_search_request import ContactInfoSearchRequest
from .contact_info_update import ContactInfoUpdate
from .contact_info_update_kind import ContactInfoUpdateKind
from .contact_info_where import ContactInfoWhere
from .contact_info_where_address import ContactInfoWhereAddress
from .contact_info_where_kind import ContactInfoWhereKind
from .contact_info_where_kind_eq import ContactInfoWhereKindEq
from .contact_info_where_kind_gt import ContactInfoWhereKindGt
from .contact_info_where_kind_gte import ContactInfoWhereKindGte
from .contact_info_where_kind_in_item import ContactInfoWhereKindInItem
from .contact_info_where_kind_lt import ContactInfoWhereKindLt
from .contact_info_where_kind_lte import ContactInfoWhereKindLte
from .contact_info_where_kind_neq import ContactInfoWhereKindNeq
from .contact_info_where_kind_nin_item import ContactInfoWhereKindNinItem
from .contact_list_envelope import ContactListEnvelope
from .contact_list_request import ContactListRequest
from .contact_list_request_type_type_0 import ContactListRequestTypeType0
from .contact_order_by import ContactOrderBy
from .contact_search_request import ContactSearchRequest
from .contact_type_type_0 import ContactTypeType0
from .contact_update import ContactUpdate
from .contact_update_type_type_0 import ContactUpdateTypeType0
from .contact_where import ContactWhere
from .contact_where_type import ContactWhereType
from .contact_where_type_eq import ContactWhereTypeEq
from .contact_where_type_gt import ContactWhereTypeGt
from .contact_where_type_gte import ContactWhereTypeGte
from .contact_where_type_in_item import ContactWhereTypeInItem
from .contact_where_type_lt import ContactWhereTypeLt
from .contact_where_type_lte import ContactWhereTypeLte
from .contact_where_type_neq import ContactWhereTypeNeq
from .contact_where_type_nin_item import ContactWhereTypeNinItem
from .credit import Credit
from .credit_apply import CreditApply
from .credit_create import CreditCreate
from .credit_envelope import CreditEnvelope
from .custom_type import CustomType
from .custom_type_envelope import CustomTypeEnvelope
from .custom_types_envelope import CustomTypesEnvelope
from .date_comparison import DateComparison
from .decimal_comparison import DecimalComparison
from .deliveries_queued_envelope import DeliveriesQueuedEnvelope
from .delivery import Delivery
from .department import Department
from .department_collection import DepartmentCollection
from .department_create import DepartmentCreate
from .department_envelope import DepartmentEnvelope
from .department_list_envelope import DepartmentListEnvelope
from .department_list_request import DepartmentListRequest
from .department_order_by import DepartmentOrderBy
from .department_search_request import DepartmentSearchRequest
from .department_update import DepartmentUpdate
from .department_where import DepartmentWhere
from .download_url import DownloadUrl
from .download_url_envelope import DownloadUrlEnvelope
from .download_url_request import DownloadUrlRequest
from .draft_approve_request import DraftApproveRequest
from .draft_changes_request import DraftChangesRequest
from .draft_create import DraftCreate
from .draft_create_billtype import DraftCreateBilltype
from .draft_create_groupby import DraftCreateGroupby
from .draft_finalize_request import DraftFinalizeRequest
from .draft_invoice import DraftInvoice
from .draft_invoice_billtype import DraftInvoiceBilltype
from .draft_invoice_collection import DraftInvoiceCollection
from .draft_invoice_detail import DraftInvoiceDetail
from .draft_invoice_detail_billtype import DraftInvoiceDetailBilltype
from .draft_invoice_detail_groupby import DraftInvoiceDetailGroupby
from .draft_invoice_detail_review_status_type_0 import (
    DraftInvoiceDetailReviewStatusType0,
)
from .draft_invoice_detail_source import DraftInvoiceDetailSource
from .draft_invoice_detail_status import DraftInvoiceDetailStatus
from .draft_invoice_envelope import DraftInvoiceEnvelope
from .draft_invoice_groupby import DraftInvoiceGroupby
from .draft_invoice_history import DraftInvoiceHistory
from .draft_invoice_history_client import DraftInvoiceHistoryClient
from .draft_invoice_history_collection import DraftInvoiceHistoryCollection
from .draft_invoice_history_draft import DraftInvoiceHistoryDraft
from .draft_invoice_history_entry import DraftInvoiceHistoryEntry
from .draft_invoice_history_order_by import DraftInvoiceHistoryOrderBy
from .draft_invoice_history_search_request import DraftInvoiceHistorySearchRequest
from .draft_invoice_history_where import DraftInvoiceHistoryWhere
from .draft_invoice_history_where_activity_type import (
    DraftInvoiceHistoryWhereActivityType,
)
from .draft_invoice_history_where_activity_type_eq import (
    DraftInvoiceHistoryWhereActivityTypeEq,
)
from .draft_invoice_history_where_activity_type_gt import (
    DraftInvoiceHistoryWhereActivityTypeGt,
)
from .draft_invoice_history_where_activity_type_gte import (
    DraftInvoiceHistoryWhereActivityTypeGte,
)
from .draft_invoice_history_where_activity_type_in_item import (
    DraftInvoiceHistoryWhereActivityTypeInItem,
)
from .draft_invoice_history_where_activity_type_lt import (
    DraftInvoiceHistoryWhereActivityTypeLt,
)
from .draft_invoice_history_where_activity_type_lte import (
    DraftInvoiceHistoryWhereActivityTypeLte,
)
from .draft_invoice_history_where_activity_type_neq import (
    DraftInvoiceHistoryWhereActivityTypeNeq,
)
from .draft_invoice_history_where_activity_type_nin_item import (
    DraftInvoiceHistoryWhereActivityTypeNinItem,
)
from .draft_invoice_line import DraftInvoiceLine
from .draft_invoice_list_envelope import DraftInvoiceListEnvelope
from .draft_invoice_list_request import DraftInvoiceListRequest
from .draft_invoice_list_request_bill_type_type_0 import (
    DraftInvoiceListRequestBillTypeType0,
)
from .draft_invoice_list_request_group_by_type_0 import (
    DraftInvoiceListRequestGroupByType0,
)
from .draft_invoice_list_request_review_status_type_0 import (
    DraftInvoiceListRequestReviewStatusType0,
)
from .draft_invoice_list_request_source_type_0 import DraftInvoiceListRequestSourceType0
from .draft_invoice_list_request_status_type_0 import DraftInvoiceListRequestStatusType0
from .draft_invoice_order_by import DraftInvoiceOrderBy
from .draft_invoice_review_status_type_0 import DraftInvoiceReviewStatusType0
from .draft_invoice_search_request import DraftInvoiceSearchRequest
from .draft_invoice_source import DraftInvoiceSource
from .draft_invoice_status import DraftInvoiceStatus
from .draft_invoice_where import DraftInvoiceWhere
from .draft_invoice_where_bill_type import DraftInvoiceWhereBillType
from .draft_invoice_where_bill_type_eq import DraftInvoiceWhereBillTypeEq
from .draft_invoice_where_bill_type_gt import DraftInvoiceWhereBillTypeGt
from .draft_invoice_where_bill_type_gte import DraftInvoiceWhereBillTypeGte
from .draft_invoice_where_bill_type_in_item import DraftInvoiceWhereBillTypeInItem
from .draft_invoice_where_bill_type_lt import DraftInvoiceWhereBillTypeLt
from .draft_invoice_where_bill_type_lte import DraftInvoiceWhereBillTypeLte
from .draft_invoice_where_bill_type_neq import DraftInvoiceWhereBillTypeNeq
from .draft_invoice_where_bill_type_nin_item import DraftInvoiceWhereBillTypeNinItem
from .draft_invoice_where_group_by import DraftInvoiceWhereGroupBy
from .draft_invoice_where_group_by_eq import DraftInvoiceWhereGroupByEq
from .draft_invoice_where_group_by_gt import DraftInvoiceWhereGroupByGt
from .draft_invoice_where_group_by_gte import DraftInvoiceWhereGroupByGte
from .draft_invoice_where_group_by_in_item import DraftInvoiceWhereGroupByInItem
from .draft_invoice_where_group_by_lt import DraftInvoiceWhereGroupByLt
from .draft_invoice_where_group_by_lte import DraftInvoiceWhereGroupByLte
from .draft_invoice_where_group_by_neq import DraftInvoiceWhereGroupByNeq
from .draft_invoice_where_group_by_nin_item import DraftInvoiceWhereGroupByNinItem
from .draft_invoice_where_review_status import DraftInvoiceWhereReviewStatus
from .draft_invoice_where_review_status_eq import DraftInvoiceWhereReviewStatusEq
from .draft_invoice_where_review_status_gt import DraftInvoiceWhereReviewStatusGt
from .draft_invoice_where_review_status_gte import DraftInvoiceWhereReviewStatusGte
from .draft_invoice_where_review_status_in_item import (
    DraftInvoiceWhereReviewStatusInItem,
)
from .draft_invoice_where_review_status_lt import DraftInvoiceWhereReviewStatusLt
from .draft_invoice_where_review_status_lte import DraftInvoiceWhereReviewStatusLte
from .draft_invoice_where_review_status_neq import DraftInvoiceWhereReviewStatusNeq
from .draft_invoice_where_review_status_nin_item import (
    DraftInvoiceWhereReviewStatusNinItem,
)
from .draft_invoice_where_source import DraftInvoiceWhereSource
from .draft_invoice_where_source_eq import DraftInvoiceWhereSourceEq
from .draft_invoice_where_source_gt import DraftInvoiceWhereSourceGt
from .draft_invoice_where_source_gte import DraftInvoiceWhereSourceGte
from .draft_invoice_where_source_in_item import DraftInvoiceWhereSourceInItem
from .draft_invoice_where_source_lt import DraftInvoiceWhereSourceLt
from .draft_invoice_where_source_lte import DraftInvoiceWhereSourceLte
from .draft_invoice_where_source_neq import DraftInvoiceWhereSourceNeq
from .draft_invoice_where_source_nin_item import DraftInvoiceWhereSourceNinItem
from .draft_invoice_where_status import DraftInvoiceWhereStatus
from .draft_invoice_where_status_eq import DraftInvoiceWhereStatusEq
from .draft_invoice_where_status_gt import DraftInvoiceWhereStatusGt
from .draft_invoice_where_status_gte import DraftInvoiceWhereStatusGte
from .draft_invoice_where_status_in_item import DraftInvoiceWhereStatusInItem
from .draft_invoice_where_status_lt import DraftInvoiceWhereStatusLt
from .draft_invoice_where_status_lte import DraftInvoiceWhereStatusLte
from .draft_invoice_where_status_neq import DraftInvoiceWhereStatusNeq
from .draft_invoice_where_status_nin_item import DraftInvoiceWhereStatusNinItem
from .draft_line_edit import DraftLineEdit
from .draft_progress_line import DraftProgressLine
from .draft_review_request import DraftReviewRequest
from .draft_review_request_decision import DraftReviewRequestDecision
from .draft_update import DraftUpdate
from .engagement import Engagement
from .error_detail_model import ErrorDetailModel
from .error_envelope import ErrorEnvelope
from .error_model import ErrorModel
from .event import Event
from .event_catalog_envelope import EventCatalogEnvelope
from .event_data import EventData
from .event_envelope import EventEnvelope
from .event_feed_envelope import EventFeedEnvelope
from .event_previous_type_0 import EventPreviousType0
from .event_subscription_created_envelope import EventSubscriptionCreatedEnvelope
from .event_subscription_envelope import EventSubscriptionEnvelope
from .event_subscription_list_envelope import EventSubscriptionListEnvelope
from .expense_create import ExpenseCreate
from .feed_meta import FeedMeta
from .field_definition import FieldDefinition
from .field_type import FieldType
from .file_envelope import FileEnvelope
from .file_list_envelope import FileListEnvelope
from .file_view import FileView
from .financial_summary import FinancialSummary
from .firm_client import FirmClient
from .firm_client_address_type_0 import FirmClientAddressType0
from .firm_client_billing_address_type_0 import FirmClientBillingAddressType0
from .firm_client_collection import FirmClientCollection
from .firm_client_custom_fields_type_0 import FirmClientCustomFieldsType0
from .firm_client_list_envelope import FirmClientListEnvelope
from .firm_client_paymentterms import FirmClientPaymentterms
from .generate_request import GenerateRequest
from .generate_request_payload_type_0 import GenerateRequestPayloadType0
from .generated import Generated
from .generated_headers import GeneratedHeaders
from .generated_payload_type_0 import GeneratedPayloadType0
from .history_list_request import HistoryListRequest
from .history_list_request_activity_type_type_0 import (
    HistoryListRequestActivityTypeType0,
)
from .industry import Industry
from .industry_collection import IndustryCollection
from .industry_create import IndustryCreate
from .industry_envelope import IndustryEnvelope
from .industry_list_envelope import IndustryListEnvelope
from .industry_list_request import IndustryListRequest
from .industry_order_by import IndustryOrderBy
from .industry_search_request import IndustrySearchRequest
from .industry_update import IndustryUpdate
from .industry_where import IndustryWhere
from .integer_comparison import IntegerComparison
from .invoice_aggregate import InvoiceAggregate
from .invoice_collection import InvoiceCollection
from .invoice_create import InvoiceCreate
from .invoice_envelope import InvoiceEnvelope
from .invoice_line_item import InvoiceLineItem
from .invoice_list_envelope import InvoiceListEnvelope
from .invoice_list_request import InvoiceListRequest
from .invoice_list_request_status_type_0 import InvoiceListRequestStatusType0
from .invoice_order_by import InvoiceOrderBy
from .invoice_payment import InvoicePayment
from .invoice_read import InvoiceRead
from .invoice_read_paymentstatus import InvoiceReadPaymentstatus
from .invoice_read_source import InvoiceReadSource
from .invoice_read_status import InvoiceReadStatus
from .invoice_row import InvoiceRow
from .invoice_row_paymentstatus import InvoiceRowPaymentstatus
from .invoice_row_source import InvoiceRowSource
from .invoice_row_status import InvoiceRowStatus
from .invoice_search_request import InvoiceSearchRequest
from .invoice_send import InvoiceSend
from .invoice_total import InvoiceTotal
from .invoice_update import InvoiceUpdate
from .invoice_where import InvoiceWhere
from .invoice_where_source import InvoiceWhereSource
from .invoice_where_source_eq import InvoiceWhereSourceEq
from .invoice_where_source_gt import InvoiceWhereSourceGt
from .invoice_where_source_gte import InvoiceWhereSourceGte
from .invoice_where_source_in_item import InvoiceWhereSourceInItem
from .invoice_where_source_lt import InvoiceWhereSourceLt
from .invoice_where_source_lte import InvoiceWhereSourceLte
from .invoice_where_source_neq import InvoiceWhereSourceNeq
from .invoice_where_source_nin_item import InvoiceWhereSourceNinItem
from .invoice_where_status import InvoiceWhereStatus
from .invoice_where_status_eq import InvoiceWhereStatusEq
from .invoice_where_status_gt import InvoiceWhereStatusGt
from .invoice_where_status_gte import InvoiceWhereStatusGte
from .invoice_where_status_in_item import InvoiceWhereStatusInItem
from .invoice_where_status_lt import InvoiceWhereStatusLt
from .invoice_where_status_lte import InvoiceWhereStatusLte
from .invoice_where_status_neq import InvoiceWhereStatusNeq
from .invoice_where_status_nin_item import InvoiceWhereStatusNinItem
from .job import Job
from .job_collection import JobCollection
from .job_create import JobCreate
from .job_create_fee_type_type_0 import JobCreateFeeTypeType0
from .job_create_status import JobCreateStatus
from .job_envelope import JobEnvelope
from .job_fee_type_type_0 import JobFeeTypeType0
from .job_list_envelope import JobListEnvelope
from .job_list_request import JobListRequest
from .job_list_request_fee_type_type_0 import JobListRequestFeeTypeType0
from .job_list_request_status_type_0 import JobListRequestStatusType0
from .job_order_by import JobOrderBy
from .job_rate import JobRate
from .job_rates_type_0_item import JobRatesType0Item
from .job_search_request import JobSearchRequest
from .job_status import JobStatus
from .job_template import JobTemplate
from .job_template_collection import JobTemplateCollection
from .job_template_create import JobTemplateCreate
from .job_template_create_fee_type_type_0 import JobTemplateCreateFeeTypeType0
from .job_template_envelope import JobTemplateEnvelope
from .job_template_fee_type_type_0 import JobTemplateFeeTypeType0
from .job_template_list_envelope import JobTemplateListEnvelope
from .job_template_list_request import JobTemplateListRequest
from .job_template_list_request_fee_type_type_0 import (
    JobTemplateListRequestFeeTypeType0,
)
from .job_template_order_by import JobTemplateOrderBy
from .job_template_search_request import JobTemplateSearchRequest
from .job_template_update import JobTemplateUpdate
from .job_template_update_fee_type_type_0 import JobTemplateUpdateFeeTypeType0
from .job_template_where import JobTemplateWhere
from .job_template_where_fee_type import JobTemplateWhereFeeType
from .job_template_where_fee_type_eq import JobTemplateWhereFeeTypeEq
from .job_template_where_fee_type_gt import JobTemplateWhereFeeTypeGt
from .job_template_where_fee_type_gte import JobTemplateWhereFeeTypeGte
from .job_template_where_fee_type_in_item import JobTemplateWhereFeeTypeInItem
from .job_template_where_fee_type_lt import JobTemplateWhereFeeTypeLt
from .job_template_where_fee_type_lte import JobTemplateWhereFeeTypeLte
from .job_template_where_fee_type_neq import JobTemplateWhereFeeTypeNeq
from .job_template_where_fee_type_nin_item import JobTemplateWhereFeeTypeNinItem
from .job_update import JobUpdate
from .job_update_fee_type_type_0 import JobUpdateFeeTypeType0
from .job_update_status import JobUpdateStatus
from .job_where import JobWhere
from .job_where_fee_type import JobWhereFeeType
from .job_where_fee_type_eq import JobWhereFeeTypeEq
from .job_where_fee_type_gt import JobWhereFeeTypeGt
from .job_where_fee_type_gte import JobWhereFeeTypeGte
from .job_where_fee_type_in_item import JobWhereFeeTypeInItem
from .job_where_fee_type_lt import JobWhereFeeTypeLt
from .job_where_fee_type_lte import JobWhereFeeTypeLte
from .job_where_fee_type_neq import JobWhereFeeTypeNeq
from .job_where_fee_type_nin_item import JobWhereFeeTypeNinItem
from .job_where_status import JobWhereStatus
from .job_where_status_eq import JobWhereStatusEq
from .job_where_status_gt import JobWhereStatusGt
from .job_where_status_gte import JobWhereStatusGte
from .job_where_status_in_item import JobWhereStatusInItem
from .job_where_status_lt import JobWhereStatusLt
from .job_where_status_lte import JobWhereStatusLte
from .job_where_status_neq import JobWhereStatusNeq
from .job_where_status_nin_item import JobWhereStatusNinItem
from .line_item_in import LineItemIn
from .list_events_operation_type_0 import ListEventsOperationType0
from .list_meta import ListMeta
from .map_comparison import MapComparison
from .meta import Meta
from .office import Office
from .office_address_type_0 import OfficeAddressType0
from .office_collection import OfficeCollection
from .office_create import OfficeCreate
from .office_envelope import OfficeEnvelope
from .office_list_envelope import OfficeListEnvelope
from .office_list_request import OfficeListRequest
from .office_order_by import OfficeOrderBy
from .office_search_request import OfficeSearchRequest
from .office_update import OfficeUpdate
from .office_where import OfficeWhere
from .office_where_address import OfficeWhereAddress
from .outbound_message_envelope import OutboundMessageEnvelope
from .outbound_message_list_envelope import OutboundMessageListEnvelope
from .outbound_message_status import OutboundMessageStatus
from .outbound_message_view import OutboundMessageView
from .page_info import PageInfo
from .pagination import Pagination
from .primary_contact import PrimaryContact
from .project import Project
from .project_collection import ProjectCollection
from .project_fee_type_type_0 import ProjectFeeTypeType0
from .project_list_request import ProjectListRequest
from .project_list_request_fee_type_type_0 import ProjectListRequestFeeTypeType0
from .project_list_request_status_type_0 import ProjectListRequestStatusType0
from .project_order_by import ProjectOrderBy
from .project_rates_type_0_item import ProjectRatesType0Item
from .project_search_request import ProjectSearchRequest
from .project_status import ProjectStatus
from .project_where import ProjectWhere
from .project_where_fee_type import ProjectWhereFeeType
from .project_where_fee_type_eq import ProjectWhereFeeTypeEq
from .project_where_fee_type_gt import ProjectWhereFeeTypeGt
from .project_where_fee_type_gte import ProjectWhereFeeTypeGte
from .project_where_fee_type_in_item import ProjectWhereFeeTypeInItem
from .project_where_fee_type_lt import ProjectWhereFeeTypeLt
from .project_where_fee_type_lte import ProjectWhereFeeTypeLte
from .project_where_fee_type_neq import ProjectWhereFeeTypeNeq
from .project_where_fee_type_nin_item import ProjectWhereFeeTypeNinItem
from .project_where_status import ProjectWhereStatus
from .project_where_status_eq import ProjectWhereStatusEq
from .project_where_status_gt import ProjectWhereStatusGt
from .project_where_status_gte import ProjectWhereStatusGte
from .project_where_status_in_item import ProjectWhereStatusInItem
from .project_where_status_lt import ProjectWhereStatusLt
from .project_where_status_lte import ProjectWhereStatusLte
from .project_where_status_neq import ProjectWhereStatusNeq
from .project_where_status_nin_item import ProjectWhereStatusNinItem
from .queued import Queued
from .record import Record
from .record_attributes import RecordAttributes
from .record_batch import RecordBatch
from .record_batch_envelope import RecordBatchEnvelope
from .record_batch_record_input import RecordBatchRecordInput
from .record_batch_record_input_attributes import RecordBatchRecordInputAttributes
from .record_batch_records_item_type_1 import RecordBatchRecordsItemType1
from .record_batch_result import RecordBatchResult
from .record_envelope import RecordEnvelope
from .record_list_envelope import RecordListEnvelope
from .record_outcome import RecordOutcome
from .record_outcome_status import RecordOutcomeStatus
from .record_outcome_system_ref_type_1 import RecordOutcomeSystemRefType1
from .record_ref_batch import RecordRefBatch
from .record_ref_batch_record_ref import RecordRefBatchRecordRef
from .record_ref_batch_records_item_type_1 import RecordRefBatchRecordsItemType1
from .record_system_ref_type_1 import RecordSystemRefType1
from .record_type import RecordType
from .record_type_envelope import RecordTypeEnvelope
from .record_types_envelope import RecordTypesEnvelope
from .recover_request import RecoverRequest
from .reference_type_1 import ReferenceType1
from .reference_type_2 import ReferenceType2
from .rest_list_ar_transactions_kind_type_0 import RestListArTransactionsKindType0
from .rest_list_invoices_status_type_0 import RestListInvoicesStatusType0
from .role import Role
from .search_request import SearchRequest
from .search_request_order_by_type_0_item import SearchRequestOrderByType0Item
from .search_request_where_type_0 import SearchRequestWhereType0
from .secret_view import SecretView
from .service_line import ServiceLine
from .service_line_collection import ServiceLineCollection
from .service_line_create import ServiceLineCreate
from .service_line_envelope import ServiceLineEnvelope
from .service_line_list_envelope import ServiceLineListEnvelope
from .service_line_list_request import ServiceLineListRequest
from .service_line_order_by import ServiceLineOrderBy
from .service_line_search_request import ServiceLineSearchRequest
from .service_line_update import ServiceLineUpdate
from .service_line_where import ServiceLineWhere
from .sort_direction import SortDirection
from .staff import Staff
from .staff_collection import StaffCollection
from .staff_create import StaffCreate
from .staff_create_staff_type_type_0 import StaffCreateStaffTypeType0
from .staff_envelope import StaffEnvelope
from .staff_list_envelope import StaffListEnvelope
from .staff_list_request import StaffListRequest
from .staff_list_request_staff_type_type_0 import StaffListRequestStaffTypeType0
from .staff_order_by import StaffOrderBy
from .staff_search_request import StaffSearchRequest
from .staff_staff_type_type_0 import StaffStaffTypeType0
from .staff_update import StaffUpdate
from .staff_update_staff_type_type_0 import StaffUpdateStaffTypeType0
from .staff_where import StaffWhere
from .staff_where_staff_type import StaffWhereStaffType
from .staff_where_staff_type_eq import StaffWhereStaffTypeEq
from .staff_where_staff_type_gt import StaffWhereStaffTypeGt
from .staff_where_staff_type_gte import StaffWhereStaffTypeGte
from .staff_where_staff_type_in_item import StaffWhereStaffTypeInItem
from .staff_where_staff_type_lt import StaffWhereStaffTypeLt
from .staff_where_staff_type_lte import StaffWhereStaffTypeLte
from .staff_where_staff_type_neq import StaffWhereStaffTypeNeq
from .staff_where_staff_type_nin_item import StaffWhereStaffTypeNinItem
from .string_comparison import StringComparison
from .subscription import Subscription
from .subscription_create import SubscriptionCreate
from .subscription_created import SubscriptionCreated
from .subscription_update import SubscriptionUpdate
from .system_ref_type_1 import SystemRefType1
from .tenant_create import TenantCreate
from .tenant_created import TenantCreated
from .tenant_created_envelope import TenantCreatedEnvelope
from .tenant_read import TenantRead
from .time_entry_create import TimeEntryCreate
from .timestamp_comparison import TimestampComparison
from .timezone import Timezone
from .token_request import TokenRequest
from .token_response import TokenResponse
from .total import Total
from .type_create import TypeCreate
from .type_field import TypeField
from .type_update import TypeUpdate
from .upload_file_body import UploadFileBody
from .validate_request_type_0 import ValidateRequestType0
from .validate_request_type_1 import ValidateRequestType1
from .validation import Validation
from .webhook_delivery_list_envelope import WebhookDeliveryListEnvelope
from .webhook_secret_envelope import WebhookSecretEnvelope
from .webhook_test_envelope import WebhookTestEnvelope
from .webhook_validation_envelope import WebhookValidationEnvelope
from .wip import Wip
from .wip_aggregate import WipAggregate
from .wip_collection import WipCollection
from .wip_create import WipCreate
from .wip_create_type import WipCreateType
from .wip_envelope import WipEnvelope
from .wip_list_envelope import WipListEnvelope
from .wip_list_request import WipListRequest
from .wip_list_request_type_type_0 import WipListRequestTypeType0
from .wip_order_by import WipOrderBy
from .wip_search_request import WipSearchRequest
from .wip_source import WipSource
from .wip_status import WipStatus
from .wip_sums import WipSums
from .wip_total import WipTotal
from .wip_type import WipType
from .wip_update import WipUpdate
from .wip_where import WipWhere
from .wip_where_source import WipWhereSource
from .wip_where_source_eq import WipWhereSourceEq
from .wip_where_source_gt import WipWhereSourceGt
from .wip_where_source_gte import WipWhereSourceGte
from .wip_where_source_in_item import WipWhereSourceInItem
from .wip_where_source_lt import WipWhereSourceLt
from .wip_where_source_lte import WipWhereSourceLte
from .wip_where_source_neq import WipWhereSourceNeq
from .wip_where_source_nin_item import WipWhereSourceNinItem
from .wip_where_status import WipWhereStatus
from .wip_where_status_eq import WipWhereStatusEq
from .wip_where_status_gt import WipWhereStatusGt
from .wip_where_status_gte import WipWhereStatusGte
from .wip_where_status_in_item import WipWhereStatusInItem
from .wip_where_status_lt import WipWhereStatusLt
from .wip_where_status_lte import WipWhereStatusLte
from .wip_where_status_neq import WipWhereStatusNeq
from .wip_where_status_nin_item import WipWhereStatusNinItem
from .wip_where_type import WipWhereType
from .wip_where_type_eq import WipWhereTypeEq
from .wip_where_type_gt import WipWhereTypeGt
from .wip_where_type_gte import WipWhereTypeGte
from .wip_where_type_in_item import WipWhereTypeInItem
from .wip_where_type_lt import WipWhereTypeLt
from .wip_where_type_lte import WipWhereTypeLte
from .wip_where_type_neq import WipWhereTypeNeq
from .wip_where_type_nin_item import WipWhereTypeNinItem
from .write_off_request import WriteOffRequest

__all__ = (
    "Address",
    "Aggregate",
    "Aging",
    "ApiKeyCreate",
    "ApiKeyCreated",
    "ApiKeyCreatedEnvelope",
    "ApiKeyListEnvelope",
    "ApiKeyRead",
    "ApproveRequest",
    "ArTransaction",
    "ArTransactionCollection",
    "ArTransactionKind",
    "ArTransactionListEnvelope",
    "ArTransactionListRequest",
    "ArTransactionListRequestKindType0",
    "ArTransactionOrderBy",
    "ArTransactionSearchRequest",
    "ArTransactionWhere",
    "ArTransactionWhereKind",
    "ArTransactionWhereKindEq",
    "ArTransactionWhereKindGt",
    "ArTransactionWhereKindGte",
    "ArTransactionWhereKindInItem",
    "ArTransactionWhereKindLt",
    "ArTransactionWhereKindLte",
    "ArTransactionWhereKindNeq",
    "ArTransactionWhereKindNinItem",
    "AttachmentView",
    "BatchSummary",
    "BooleanComparison",
    "CatalogEntry",
    "ClientBalance",
    "ClientBalanceEnvelope",
    "ClientBusinessEntity",
    "ClientBusinessEntityCollection",
    "ClientBusinessEntityCreate",
    "ClientBusinessEntityEnvelope",
    "ClientBusinessEntityListEnvelope",
    "ClientBusinessEntityListRequest",
    "ClientBusinessEntityOrderBy",
    "ClientBusinessEntitySearchRequest",
    "ClientBusinessEntityUpdate",
    "ClientBusinessEntityWhere",
    "ClientCreate",
    "ClientCreateCustomFieldsType0",
    "ClientCreatePaymentterms",
    "ClientDetail",
    "ClientDetailAddressType0",
    "ClientDetailBillingAddressType0",
    "ClientDetailCustomFieldsType0",
    "ClientDetailEnvelope",
    "ClientDetailPaymentterms",
    "ClientDetailStatus",
    "ClientListRequest",
    "ClientListRequestPaymentTermsType0",
    "ClientOrderBy",
    "ClientSearchRequest",
    "ClientUpdate",
    "ClientUpdateCustomFieldsType0",
    "ClientUpdatePaymentterms",
    "ClientWhere",
    "ClientWhereAddress",
    "ClientWhereBillingAddress",
    "ClientWhereCustomFields",
    "ClientWherePaymentTerms",
    "ClientWherePaymentTermsEq",
    "ClientWherePaymentTermsGt",
    "ClientWherePaymentTermsGte",
    "ClientWherePaymentTermsInItem",
    "ClientWherePaymentTermsLt",
    "ClientWherePaymentTermsLte",
    "ClientWherePaymentTermsNeq",
    "ClientWherePaymentTermsNinItem",
    "CommunicationPreferences",
    "CommunicationPreferencesEmailFrequencyType0",
    "CommunicationPreferencesPreferredMethodType0",
    "Contact",
    "ContactAddress",
    "ContactClient",
    "ContactClientCollection",
    "ContactClientCreate",
    "ContactClientEnvelope",
    "ContactClientListEnvelope",
    "ContactClientListRequest",
    "ContactClientOrderBy",
    "ContactClientSearchRequest",
    "ContactClientUpdate",
    "ContactClientWhere",
    "ContactCollection",
    "ContactCreateType0",
    "ContactCreateType1",
    "ContactDetail",
    "ContactDetailEnvelope",
    "ContactDetailStatus",
    "ContactDetailTypeType0",
    "ContactInfo",
    "ContactInfoAddressType0",
    "ContactInfoCollection",
    "ContactInfoCreate",
    "ContactInfoCreateKind",
    "ContactInfoEnvelope",
    "ContactInfoKind",
    "ContactInfoListEnvelope",
    "ContactInfoListRequest",
    "ContactInfoListRequestKindType0",
    "ContactInfoOrderBy",
    "ContactInfoSearchRequest",
    "ContactInfoUpdate",
    "ContactInfoUpdateKind",
    "ContactInfoWhere",
    "ContactInfoWhereAddress",
    "ContactInfoWhereKind",
    "ContactInfoWhereKindEq",
    "ContactInfoWhereKindGt",
    "ContactInfoWhereKindGte",
    "ContactInfoWhereKindInItem",
    "ContactInfoWhereKindLt",
    "ContactInfoWhereKindLte",
    "ContactInfoWhereKindNeq",
    "ContactInfoWhereKindNinItem",
    "ContactListEnvelope",
    "ContactListRequest",
    "ContactListRequestTypeType0",
    "ContactOrderBy",
    "ContactSearchRequest",
    "ContactTypeType0",
    "ContactUpdate",
    "ContactUpdateTypeType0",
    "ContactWhere",
    "ContactWhereType",
    "ContactWhereTypeEq",
    "ContactWhereTypeGt",
    "ContactWhereTypeGte",
    "ContactWhereTypeInItem",
    "ContactWhereTypeLt",
    "ContactWhereTypeLte",
    "ContactWhereTypeNeq",
    "ContactWhereTypeNinItem",
    "Credit",
    "CreditApply",
    "CreditCreate",
    "CreditEnvelope",
    "CustomType",
    "CustomTypeEnvelope",
    "CustomTypesEnvelope",
    "DateComparison",
    "DecimalComparison",
    "DeliveriesQueuedEnvelope",
    "Delivery",
    "Department",
    "DepartmentCollection",
    "DepartmentCreate",
    "DepartmentEnvelope",
    "DepartmentListEnvelope",
    "DepartmentListRequest",
    "DepartmentOrderBy",
    "DepartmentSearchRequest",
    "DepartmentUpdate",
    "DepartmentWhere",
    "DownloadUrl",
    "DownloadUrlEnvelope",
    "DownloadUrlRequest",
    "DraftApproveRequest",
    "DraftChangesRequest",
    "DraftCreate",
    "DraftCreateBilltype",
    "DraftCreateGroupby",
    "DraftFinalizeRequest",
    "DraftInvoice",
    "DraftInvoiceBilltype",
    "DraftInvoiceCollection",
    "DraftInvoiceDetail",
    "DraftInvoiceDetailBilltype",
    "DraftInvoiceDetailGroupby",
    "DraftInvoiceDetailReviewStatusType0",
    "DraftInvoiceDetailSource",
    "DraftInvoiceDetailStatus",
    "DraftInvoiceEnvelope",
    "DraftInvoiceGroupby",
    "DraftInvoiceHistory",
    "DraftInvoiceHistoryClient",
    "DraftInvoiceHistoryCollection",
    "DraftInvoiceHistoryDraft",
    "DraftInvoiceHistoryEntry",
    "DraftInvoiceHistoryOrderBy",
    "DraftInvoiceHistorySearchRequest",
    "DraftInvoiceHistoryWhere",
    "DraftInvoiceHistoryWhereActivityType",
    "DraftInvoiceHistoryWhereActivityTypeEq",
    "DraftInvoiceHistoryWhereActivityTypeGt",
    "DraftInvoiceHistoryWhereActivityTypeGte",
    "DraftInvoiceHistoryWhereActivityTypeInItem",
    "DraftInvoiceHistoryWhereActivityTypeLt",
    "DraftInvoiceHistoryWhereActivityTypeLte",
    "DraftInvoiceHistoryWhereActivityTypeNeq",
    "DraftInvoiceHistoryWhereActivityTypeNinItem",
    "DraftInvoiceLine",
    "DraftInvoiceListEnvelope",
    "DraftInvoiceListRequest",
    "DraftInvoiceListRequestBillTypeType0",
    "DraftInvoiceListRequestGroupByType0",
    "DraftInvoiceListRequestReviewStatusType0",
    "DraftInvoiceListRequestSourceType0",
    "DraftInvoiceListRequestStatusType0",
    "DraftInvoiceOrderBy",
    "DraftInvoiceReviewStatusType0",
    "DraftInvoiceSearchRequest",
    "DraftInvoiceSource",
    "DraftInvoiceStatus",
    "DraftInvoiceWhere",
    "DraftInvoiceWhereBillType",
    "DraftInvoiceWhereBillTypeEq",
    "DraftInvoiceWhereBillTypeGt",
    "DraftInvoiceWhereBillTypeGte",
    "DraftInvoiceWhereBillTypeInItem",
    "DraftInvoiceWhereBillTypeLt",
    "DraftInvoiceWhereBillTypeLte",
    "DraftInvoiceWhereBillTypeNeq",
    "DraftInvoiceWhereBillTypeNinItem",
    "DraftInvoiceWhereGroupBy",
    "DraftInvoiceWhereGroupByEq",
    "DraftInvoiceWhereGroupByGt",
    "DraftInvoiceWhereGroupByGte",
    "DraftInvoiceWhereGroupByInItem",
    "DraftInvoiceWhereGroupByLt",
    "DraftInvoiceWhereGroupByLte",
    "DraftInvoiceWhereGroupByNeq",
    "DraftInvoiceWhereGroupByNinItem",
    "DraftInvoiceWhereReviewStatus",
    "DraftInvoiceWhereReviewStatusEq",
    "DraftInvoiceWhereReviewStatusGt",
    "DraftInvoiceWhereReviewStatusGte",
    "DraftInvoiceWhereReviewStatusInItem",
    "DraftInvoiceWhereReviewStatusLt",
    "DraftInvoiceWhereReviewStatusLte",
    "DraftInvoiceWhereReviewStatusNeq",
    "DraftInvoiceWhereReviewStatusNinItem",
    "DraftInvoiceWhereSource",
    "DraftInvoiceWhereSourceEq",
    "DraftInvoiceWhereSourceGt",
    "DraftInvoiceWhereSourceGte",
    "DraftInvoiceWhereSourceInItem",
    "DraftInvoiceWhereSourceLt",
    "DraftInvoiceWhereSourceLte",
    "DraftInvoiceWhereSourceNeq",
    "DraftInvoiceWhereSourceNinItem",
    "DraftInvoiceWhereStatus",
    "DraftInvoiceWhereStatusEq",
    "DraftInvoiceWhereStatusGt",
    "DraftInvoiceWhereStatusGte",
    "DraftInvoiceWhereStatusInItem",
    "DraftInvoiceWhereStatusLt",
    "DraftInvoiceWhereStatusLte",
    "DraftInvoiceWhereStatusNeq",
    "DraftInvoiceWhereStatusNinItem",
    "DraftLineEdit",
    "DraftProgressLine",
    "DraftReviewRequest",
    "DraftReviewRequestDecision",
    "DraftUpdate",
    "Engagement",
    "ErrorDetailModel",
    "ErrorEnvelope",
    "ErrorModel",
    "Event",
    "EventCatalogEnvelope",
    "EventData",
    "EventEnvelope",
    "EventFeedEnvelope",
    "EventPreviousType0",
    "EventSubscriptionCreatedEnvelope",
    "EventSubscriptionEnvelope",
    "EventSubscriptionListEnvelope",
    "ExpenseCreate",
    "FeedMeta",
    "FieldDefinition",
    "FieldType",
    "FileEnvelope",
    "FileListEnvelope",
    "FileView",
    "FinancialSummary",
    "FirmClient",
    "FirmClientAddressType0",
    "FirmClientBillingAddressType0",
    "FirmClientCollection",
    "FirmClientCustomFieldsType0",
    "FirmClientListEnvelope",
    "FirmClientPaymentterms",
    "GenerateRequest",
    "GenerateRequestPayloadType0",
    "Generated",
    "GeneratedHeaders",
    "GeneratedPayloadType0",
    "HistoryListRequest",
    "HistoryListRequestActivityTypeType0",
    "Industry",
    "IndustryCollection",
    "IndustryCreate",
    "IndustryEnvelope",
    "IndustryListEnvelope",
    "IndustryListRequest",
    "IndustryOrderBy",
    "IndustrySearchRequest",
    "IndustryUpdate",
    "IndustryWhere",
    "IntegerComparison",
    "InvoiceAggregate",
    "InvoiceCollection",
    "InvoiceCreate",
    "InvoiceEnvelope",
    "InvoiceLineItem",
    "InvoiceListEnvelope",
    "InvoiceListRequest",
    "InvoiceListRequestStatusType0",
    "InvoiceOrderBy",
    "InvoicePayment",
    "InvoiceRead",
    "InvoiceReadPaymentstatus",
    "InvoiceReadSource",
    "InvoiceReadStatus",
    "InvoiceRow",
    "InvoiceRowPaymentstatus",
    "InvoiceRowSource",
    "InvoiceRowStatus",
    "InvoiceSearchRequest",
    "InvoiceSend",
    "InvoiceTotal",
    "InvoiceUpdate",
    "InvoiceWhere",
    "InvoiceWhereSource",
    "InvoiceWhereSourceEq",
    "InvoiceWhereSourceGt",
    "InvoiceWhereSourceGte",
    "InvoiceWhereSourceInItem",
    "InvoiceWhereSourceLt",
    "InvoiceWhereSourceLte",
    "InvoiceWhereSourceNeq",
    "InvoiceWhereSourceNinItem",
    "InvoiceWhereStatus",
    "InvoiceWhereStatusEq",
    "InvoiceWhereStatusGt",
    "InvoiceWhereStatusGte",
    "InvoiceWhereStatusInItem",
    "InvoiceWhereStatusLt",
    "InvoiceWhereStatusLte",
    "InvoiceWhereStatusNeq",
    "InvoiceWhereStatusNinItem",
    "Job",
    "JobCollection",
    "JobCreate",
    "JobCreateFeeTypeType0",
    "JobCreateStatus",
    "JobEnvelope",
    "JobFeeTypeType0",
    "JobListEnvelope",
    "JobListRequest",
    "JobListRequestFeeTypeType0",
    "JobListRequestStatusType0",
    "JobOrderBy",
    "JobRate",
    "JobRatesType0Item",
    "JobSearchRequest",
    "JobStatus",
    "JobTemplate",
    "JobTemplateCollection",
    "JobTemplateCreate",
    "JobTemplateCreateFeeTypeType0",
    "JobTemplateEnvelope",
    "JobTemplateFeeTypeType0",
    "JobTemplateListEnvelope",
    "JobTemplateListRequest",
    "JobTemplateListRequestFeeTypeType0",
    "JobTemplateOrderBy",
    "JobTemplateSearchRequest",
    "JobTemplateUpdate",
    "JobTemplateUpdateFeeTypeType0",
    "JobTemplateWhere",
    "JobTemplateWhereFeeType",
    "JobTemplateWhereFeeTypeEq",
    "JobTemplateWhereFeeTypeGt",
    "JobTemplateWhereFeeTypeGte",
    "JobTemplateWhereFeeTypeInItem",
    "JobTemplateWhereFeeTypeLt",
    "JobTemplateWhereFeeTypeLte",
    "JobTemplateWhereFeeTypeNeq",
    "JobTemplateWhereFeeTypeNinItem",
    "JobUpdate",
    "JobUpdateFeeTypeType0",
    "JobUpdateStatus",
    "JobWhere",
    "JobWhereFeeType",
    "JobWhereFeeTypeEq",
    "JobWhereFeeTypeGt",
    "JobWhereFeeTypeGte",
    "JobWhereFeeTypeInItem",
    "JobWhereFeeTypeLt",
    "JobWhereFeeTypeLte",
    "JobWhereFeeTypeNeq",
    "JobWhereFeeTypeNinItem",
    "JobWhereStatus",
    "JobWhereStatusEq",
    "JobWhereStatusGt",
    "JobWhereStatusGte",
    "JobWhereStatusInItem",
    "JobWhereStatusLt",
    "JobWhereStatusLte",
    "JobWhereStatusNeq",
    "JobWhereStatusNinItem",
    "LineItemIn",
    "ListEventsOperationType0",
    "ListMeta",
    "MapComparison",
    "Meta",
    "Office",
    "OfficeAddressType0",
    "OfficeCollection",
    "OfficeCreate",
    "OfficeEnvelope",
    "OfficeListEnvelope",
    "OfficeListRequest",
    "OfficeOrderBy",
    "OfficeSearchRequest",
    "OfficeUpdate",
    "OfficeWhere",
    "OfficeWhereAddress",
    "OutboundMessageEnvelope",
    "OutboundMessageListEnvelope",
    "OutboundMessageStatus",
    "OutboundMessageView",
    "PageInfo",
    "Pagination",
    "PrimaryContact",
    "Project",
    "ProjectCollection",
    "ProjectFeeTypeType0",
    "ProjectListRequest",
    "ProjectListRequestFeeTypeType0",
    "ProjectListRequestStatusType0",
    "ProjectOrderBy",
    "ProjectRatesType0Item",
    "ProjectSearchRequest",
    "ProjectStatus",
    "ProjectWhere",
    "ProjectWhereFeeType",
    "ProjectWhereFeeTypeEq",
    "ProjectWhereFeeTypeGt",
    "ProjectWhereFeeTypeGte",
    "ProjectWhereFeeTypeInItem",
    "ProjectWhereFeeTypeLt",
    "ProjectWhereFeeTypeLte",
    "ProjectWhereFeeTypeNeq",
    "ProjectWhereFeeTypeNinItem",
    "ProjectWhereStatus",
    "ProjectWhereStatusEq",
    "ProjectWhereStatusGt",
    "ProjectWhereStatusGte",
    "ProjectWhereStatusInItem",
    "ProjectWhereStatusLt",
    "ProjectWhereStatusLte",
    "ProjectWhereStatusNeq",
    "ProjectWhereStatusNinItem",
    "Queued",
    "Record",
    "RecordAttributes",
    "RecordBatch",
    "RecordBatchEnvelope",
    "RecordBatchRecordInput",
    "RecordBatchRecordInputAttributes",
    "RecordBatchRecordsItemType1",
    "RecordBatchResult",
    "RecordEnvelope",
    "RecordListEnvelope",
    "RecordOutcome",
    "RecordOutcomeStatus",
    "RecordOutcomeSystemRefType1",
    "RecordRefBatch",
    "RecordRefBatchRecordRef",
    "RecordRefBatchRecordsItemType1",
    "RecordSystemRefType1",
    "RecordType",
    "RecordTypeEnvelope",
    "RecordTypesEnvelope",
    "RecoverRequest",
    "ReferenceType1",
    "ReferenceType2",
    "RestListArTransactionsKindType0",
    "RestListInvoicesStatusType0",
    "Role",
    "SearchRequest",
    "SearchRequestOrderByType0Item",
    "SearchRequestWhereType0",
    "SecretView",
    "ServiceLine",
    "ServiceLineCollection",
    "ServiceLineCreate",
    "ServiceLineEnvelope",
    "ServiceLineListEnvelope",
    "ServiceLineListRequest",
    "ServiceLineOrderBy",
    "ServiceLineSearchRequest",
    "ServiceLineUpdate",
    "ServiceLineWhere",
    "SortDirection",
    "Staff",
    "StaffCollection",
    "StaffCreate",
    "StaffCreateStaffTypeType0",
    "StaffEnvelope",
    "StaffListEnvelope",
    "StaffListRequest",
    "StaffListRequestStaffTypeType0",
    "StaffOrderBy",
    "StaffSearchRequest",
    "StaffStaffTypeType0",
    "StaffUpdate",
    "StaffUpdateStaffTypeType0",
    "StaffWhere",
    "StaffWhereStaffType",
    "StaffWhereStaffTypeEq",
    "StaffWhereStaffTypeGt",
    "StaffWhereStaffTypeGte",
    "StaffWhereStaffTypeInItem",
    "StaffWhereStaffTypeLt",
    "StaffWhereStaffTypeLte",
    "StaffWhereStaffTypeNeq",
    "StaffWhereStaffTypeNinItem",
    "StringComparison",
    "Subscription",
    "SubscriptionCreate",
    "SubscriptionCreated",
    "SubscriptionUpdate",
    "SystemRefType1",
    "TenantCreate",
    "TenantCreated",
    "TenantCreatedEnvelope",
    "TenantRead",
    "TimeEntryCreate",
    "TimestampComparison",
    "Timezone",
    "TokenRequest",
    "TokenResponse",
    "Total",
    "TypeCreate",
    "TypeField",
    "TypeUpdate",
    "UploadFileBody",
    "ValidateRequestType0",
    "ValidateRequestType1",
    "Validation",
    "WebhookDeliveryListEnvelope",
    "WebhookSecretEnvelope",
    "WebhookTestEnvelope",
    "WebhookValidationEnvelope",
    "Wip",
    "WipAggregate",
    "WipCollection",
    "WipCreate",
    "WipCreateType",
    "WipEnvelope",
    "WipListEnvelope",
    "WipListRequest",
    "WipListRequestTypeType0",
    "WipOrderBy",
    "WipSearchRequest",
    "WipSource",
    "WipStatus",
    "WipSums",
    "WipTotal",
    "WipType",
    "WipUpdate",
    "WipWhere",
    "WipWhereSource",
    "WipWhereSourceEq",
    "WipWhereSourceGt",
    "WipWhereSourceGte",
    "WipWhereSourceInItem",
    "WipWhereSourceLt",
    "WipWhereSourceLte",
    "WipWhereSourceNeq",
    "WipWhereSourceNinItem",
    "WipWhereStatus",
    "WipWhereStatusEq",
    "WipWhereStatusGt",
    "WipWhereStatusGte",
    "WipWhereStatusInItem",
    "WipWhereStatusLt",
    "WipWhereStatusLte",
    "WipWhereStatusNeq",
    "WipWhereStatusNinItem",
    "WipWhereType",
    "WipWhereTypeEq",
    "WipWhereTypeGt",
    "WipWhereTypeGte",
    "WipWhereTypeInItem",
    "WipWhereTypeLt",
    "WipWhereTypeLte",
    "WipWhereTypeNeq",
    "WipWhereTypeNinItem",
    "WriteOffRequest",
)
