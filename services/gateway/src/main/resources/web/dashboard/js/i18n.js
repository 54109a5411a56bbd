// Vietnamese first, English on request; the choice is kept in localStorage. Names of indicators come from the
// catalogue API (nameVi / nameEn) and area names are proper names: neither is translated here.

const ZONE = 'Asia/Ho_Chi_Minh';
const STORE = 'recovery-tracker.lang';

const TEXT = {
  vi: {
    title: 'Bảng điều phối', subtitle: 'Theo dõi thiệt hại và phục hồi — tỉnh Cao Bằng',
    disaster: 'Thiên tai', source: 'Nguồn', asOf: 'Thời điểm (giờ Việt Nam)', now: 'Hiện tại',
    'source.ALL': 'Tất cả nguồn (so sánh)', 'source.GOV': 'Chính quyền', 'source.ORG': 'Tổ chức', 'source.COMMUNITY': 'Cộng đồng',
    'live.live': 'Trực tiếp', 'live.reconnecting': 'Đang kết nối lại…', 'live.asof': 'Số liệu tại {time}',
    'live.connecting': 'Đang kết nối…', updated: 'cập nhật {time}',
    headline: 'Số liệu chính', areas: 'Các đơn vị cấp dưới', area: 'Đơn vị', indicator: 'Chỉ tiêu',
    value: 'Số liệu', childrenSum: 'Tổng cấp dưới', discrepancy: 'Chênh lệch: báo cáo {reported}, cấp dưới cộng lại {sum}',
    noFigures: 'Chưa có số liệu nào được báo cáo.', noChildren: 'Không có đơn vị cấp dưới.',
    'group.people': 'Người', 'group.housing': 'Nhà ở (theo mức độ thiệt hại)', 'group.education': 'Trường học',
    'group.health': 'Trạm y tế', 'group.transport': 'Đường, cầu', 'group.agriculture': 'Nông nghiệp',
    'group.economic-loss': 'Thiệt hại (VND)',
    'short.DR-P01': 'Chết', 'short.DR-P02': 'Mất tích', 'short.DR-P03': 'Bị thương', 'short.DR-H01': 'Nhà sập, trôi',
    'short.DR-L03': 'Thiệt hại (VND)',
    history: 'Diễn biến theo thời gian', map: 'Bản đồ các huyện', mapFigure: 'Tô màu theo',
    mapUnavailable: 'Bản đồ chỉ có cho ranh giới huyện trước ngày 1/7/2025.', noData: 'không có số liệu',
    chartEmpty: 'Chưa có số liệu cho chỉ tiêu này.', bucket: 'Theo', 'bucket.day': 'ngày', 'bucket.hour': 'giờ',
    queue: 'Báo cáo chờ xác minh', queueEmpty: 'Không có báo cáo nào chờ xác minh.', thisReport: 'Báo cáo này',
    previous: 'Báo cáo trước (cùng đơn vị, nguồn)', none: 'không có', compare: 'So sánh với báo cáo trước ({changed} chỉ tiêu khác)', compareUnknown: 'So sánh với báo cáo trước', verify: 'Xác minh', reject: 'Từ chối',
    reason: 'Lý do từ chối', reasonRequired: 'Hãy ghi lý do từ chối.', submittedBy: 'Người gửi', reportedAt: 'Số liệu lúc',
    exports: 'Xuất dữ liệu', exportCsv: 'Tải CSV thiệt hại (có hàng HXL)', exportGeoJson: 'Tải GeoJSON thiệt hại',
    exportAidCsv: 'Tải CSV viện trợ', exportRebuildCsv: 'Tải CSV tái thiết',
    exportNote: 'Số liệu của mọi đơn vị; thiệt hại theo nguồn và thời điểm đang chọn.',
    photos: 'Ảnh hiện trường', photosLoading: 'Đang tải ảnh…', photosNone: 'Báo cáo không kèm ảnh.', photoAlt: 'Ảnh {n} của báo cáo',
    aid: 'Viện trợ', aidNow: 'Viện trợ luôn là số liệu hiện tại, không theo thời điểm đã chọn.',
    aidByState: 'Theo trạng thái (giá trị quy ra đồng)', aidByDonorType: 'Theo loại nhà tài trợ',
    'aid.pledged': 'Cam kết', 'aid.received': 'Đã tiếp nhận', 'aid.allocated': 'Đã phân bổ', 'aid.distributed': 'Đã phân phối',
    pledgedNote: 'chưa tính là nguồn vốn', households: '{count} hộ', donors: '{count} nhà tài trợ',
    aidEmpty: 'Chưa ghi nhận khoản viện trợ nào.',
    'donor.STATE': 'Ngân sách nhà nước', 'donor.LOCALITY': 'Địa phương khác', 'donor.ORGANISATION': 'Tổ chức',
    'donor.BUSINESS': 'Doanh nghiệp', 'donor.INDIVIDUAL': 'Cá nhân', 'donor.INTERNATIONAL': 'Nhà tài trợ quốc tế', 'donor.POOLED': 'Quỹ chung (không theo nhà tài trợ)',
    rebuild: 'Tái thiết', progressBySector: 'Tiến độ theo lĩnh vực', projects: '{count} dự án', disbursed: 'Giải ngân',
    progressEmpty: 'Chưa có dự án tái thiết nào.',
    'sector.HOUSING': 'Nhà ở', 'sector.EDUCATION': 'Giáo dục', 'sector.HEALTH': 'Y tế', 'sector.TRANSPORT': 'Giao thông',
    'sector.IRRIGATION': 'Thuỷ lợi', 'sector.WATER': 'Nước sạch', 'sector.POWER': 'Điện', 'sector.AGRICULTURE': 'Nông nghiệp',
    'sector.LIVELIHOODS': 'Sinh kế', 'sector.OTHER': 'Khác',
    fundingGap: 'Thiếu hụt vốn theo đơn vị', gapLine: 'Cần {budget} · đã phân bổ {allocated} · thiếu {gap}',
    surplus: 'dư {amount}', gapEmpty: 'Chưa có dự án hay khoản phân bổ nào.',
    targets: 'Chỉ tiêu phục hồi', targetsSummary: '{off} trên {total} chậm tiến độ', targetsAtRisk: '{count} có nguy cơ chậm',
    'status.ON_TRACK': 'Đúng tiến độ', 'status.AT_RISK': 'Có nguy cơ chậm', 'status.OFF_TRACK': 'Chậm tiến độ',
    targetsEmpty: 'Chưa có chỉ tiêu nào.', targetLine: 'Đạt {achieved} / {planned} {unit} · hạn {deadline}',
    ofPlan: '{percent} kế hoạch', nothingDue: 'chưa đến kỳ',
    lagging: 'Xếp hạng đơn vị chậm tiến độ', laggingProjects: '{count} dự án chậm', laggingEmpty: 'Chưa có đơn vị nào được giao dự án.',
    project: 'Dự án', done: 'Đã làm', expected: 'Theo kế hoạch',
    noDisasters: 'Chưa có thiên tai nào được khai báo.', error: 'Lỗi: {message}',
    attribution: 'Ranh giới huyện: dữ liệu dvhcvn (daohoangson), trích từ cổng GIS của Chính phủ, giấy phép GPL-3.0.',
    publicTitle: 'Công khai thông tin thiệt hại và viện trợ', publicLead: 'Số liệu thiệt hại chính thức do chính quyền báo cáo, cập nhật trực tiếp.',
    aidLedger: 'Sổ công khai tiếp nhận viện trợ', ledgerLead: 'Mọi khoản tiếp nhận và phân bổ viện trợ, mới nhất trước (Nghị định 93/2021/NĐ-CP).',
    ledgerEmpty: 'Chưa có khoản tiếp nhận hay phân bổ nào.', ledgerCount: 'Đang hiện {shown} trên {total} khoản', showMore: 'Xem thêm',
    'kind.RECEIPT': 'Tiếp nhận', 'kind.ALLOCATION': 'Phân bổ', anonymous: 'Ẩn danh', pooled: 'Quỹ chung',
    date: 'Ngày', kind: 'Loại', donor: 'Nhà tài trợ', recipient: 'Nơi nhận', sector: 'Lĩnh vực', valueVnd: 'Giá trị (đồng)', details: 'Chi tiết',
    home: 'Trang chủ', dashboardLink: 'Bảng điều phối',
    'type.QUICK': 'Báo cáo nhanh', 'type.DAILY': 'Báo cáo ngày', 'type.SUMMARY': 'Báo cáo tổng hợp', pending: '{count} báo cáo',
    'unit.person': 'người', 'unit.household': 'hộ', 'unit.house': 'nhà', 'unit.site': 'điểm', 'unit.facility': 'cơ sở',
    'unit.unit': 'công trình', 'unit.head': 'con', 'unit.cage': 'lồng bè', 'unit.bridge': 'cầu', 'unit.point': 'điểm',
    'unit.work': 'công trình', 'unit.VND': 'đồng',
  },
  en: {
    title: 'Coordinator dashboard', subtitle: 'Damage and recovery — Cao Bằng province',
    disaster: 'Disaster', source: 'Source', asOf: 'As of (Vietnam time)', now: 'Now',
    'source.ALL': 'All sources (compare)', 'source.GOV': 'Government', 'source.ORG': 'Organisations', 'source.COMMUNITY': 'Community',
    'live.live': 'Live', 'live.reconnecting': 'Reconnecting…', 'live.asof': 'As of {time}',
    'live.connecting': 'Connecting…', updated: 'updated {time}',
    headline: 'Headline figures', areas: 'Areas below', area: 'Area', indicator: 'Indicator',
    value: 'Figure', childrenSum: 'Sum of areas below', discrepancy: 'Discrepancy: reported {reported}, areas below add up to {sum}',
    noFigures: 'Nothing has been reported yet.', noChildren: 'No areas below.',
    'group.people': 'People', 'group.housing': 'Houses (by damage band)', 'group.education': 'Schools',
    'group.health': 'Health stations', 'group.transport': 'Roads and bridges', 'group.agriculture': 'Agriculture',
    'group.economic-loss': 'Losses (VND)',
    'short.DR-P01': 'Dead', 'short.DR-P02': 'Missing', 'short.DR-P03': 'Injured', 'short.DR-H01': 'Houses destroyed',
    'short.DR-L03': 'Losses (VND)',
    history: 'Over time', map: 'Map of districts', mapFigure: 'Colour by',
    mapUnavailable: 'The map exists for the district boundaries before 1 July 2025 only.', noData: 'no data',
    chartEmpty: 'No figures for this indicator yet.', bucket: 'Per', 'bucket.day': 'day', 'bucket.hour': 'hour',
    queue: 'Reports awaiting verification', queueEmpty: 'No report awaits verification.', thisReport: 'This report',
    previous: 'Previous report (same area, source)', none: 'none', compare: 'Compare with the previous report ({changed} figures differ)', compareUnknown: 'Compare with the previous report', verify: 'Verify', reject: 'Reject',
    reason: 'Reason for rejecting', reasonRequired: 'Please give a reason for rejecting.', submittedBy: 'Sent by', reportedAt: 'Figures as of',
    exports: 'Export', exportCsv: 'Download damage CSV (with HXL row)', exportGeoJson: 'Download damage GeoJSON',
    exportAidCsv: 'Download aid CSV', exportRebuildCsv: 'Download rebuilding CSV',
    exportNote: 'Every area’s figures; damage for the source and time selected.',
    photos: 'Photos from the field', photosLoading: 'Loading photos…', photosNone: 'No photos with this report.', photoAlt: 'Photo {n} of the report',
    aid: 'Aid', aidNow: 'Aid is always shown as it stands now, not as of the time picked.',
    aidByState: 'By state (value in VND)', aidByDonorType: 'By donor type',
    'aid.pledged': 'Pledged', 'aid.received': 'Received', 'aid.allocated': 'Allocated', 'aid.distributed': 'Distributed',
    pledgedNote: 'not counted as funding', households: '{count} households', donors: '{count} donors',
    aidEmpty: 'No aid recorded yet.',
    'donor.STATE': 'State budget', 'donor.LOCALITY': 'Other localities', 'donor.ORGANISATION': 'Organisations',
    'donor.BUSINESS': 'Businesses', 'donor.INDIVIDUAL': 'Individuals', 'donor.INTERNATIONAL': 'International donors', 'donor.POOLED': 'Pooled fund (no single donor)',
    rebuild: 'Rebuilding', progressBySector: 'Progress by sector', projects: '{count} projects', disbursed: 'Disbursed',
    progressEmpty: 'No recovery project yet.',
    'sector.HOUSING': 'Housing', 'sector.EDUCATION': 'Education', 'sector.HEALTH': 'Health', 'sector.TRANSPORT': 'Transport',
    'sector.IRRIGATION': 'Irrigation', 'sector.WATER': 'Water', 'sector.POWER': 'Power', 'sector.AGRICULTURE': 'Agriculture',
    'sector.LIVELIHOODS': 'Livelihoods', 'sector.OTHER': 'Other',
    fundingGap: 'Funding gap by area', gapLine: 'Needed {budget} · allocated {allocated} · gap {gap}',
    surplus: 'surplus {amount}', gapEmpty: 'No projects or allocations yet.',
    targets: 'Recovery targets', targetsSummary: '{off} of {total} off track', targetsAtRisk: '{count} at risk',
    'status.ON_TRACK': 'On track', 'status.AT_RISK': 'At risk', 'status.OFF_TRACK': 'Off track',
    targetsEmpty: 'No targets set yet.', targetLine: '{achieved} of {planned} {unit} · due {deadline}',
    ofPlan: '{percent} of plan', nothingDue: 'nothing due yet',
    lagging: 'Lagging units, worst first', laggingProjects: '{count} projects behind', laggingEmpty: 'No unit has projects yet.',
    project: 'Project', done: 'Done', expected: 'Planned by now',
    noDisasters: 'No disaster has been declared yet.', error: 'Error: {message}',
    attribution: 'District boundaries: dvhcvn data (daohoangson), extracted from the Government GIS portal, GPL-3.0 licence.',
    publicTitle: 'Public damage and aid information', publicLead: 'Official damage figures reported by the authorities, updated live.',
    aidLedger: 'Public aid ledger', ledgerLead: 'Every receipt and allocation of aid, newest first (Decree 93/2021/ND-CP).',
    ledgerEmpty: 'No aid received or allocated yet.', ledgerCount: 'Showing {shown} of {total} entries', showMore: 'Show more',
    'kind.RECEIPT': 'Received', 'kind.ALLOCATION': 'Allocated', anonymous: 'Anonymous', pooled: 'Pooled fund',
    date: 'Date', kind: 'Kind', donor: 'Donor', recipient: 'Recipient area', sector: 'Sector', valueVnd: 'Value (VND)', details: 'Details',
    home: 'Home', dashboardLink: 'Dashboard',
    'type.QUICK': 'Quick report', 'type.DAILY': 'Daily report', 'type.SUMMARY': 'Summary report', pending: '{count} reports',
  },
};

let current = localStorage.getItem(STORE) === 'en' ? 'en' : 'vi';

export function lang() {
  return current;
}

export function setLang(next) {
  current = next === 'en' ? 'en' : 'vi';
  localStorage.setItem(STORE, current);
  document.documentElement.lang = current;
}

export function t(key, params = {}) {
  const text = TEXT[current][key] ?? TEXT.vi[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => String(params[name] ?? ''));
}

/** Sets the text of every element marked data-i18n="key" under root. */
export function translate(root = document) {
  document.documentElement.lang = current;
  root.querySelectorAll('[data-i18n]').forEach((element) => { element.textContent = t(element.dataset.i18n); });
}

export function number(value) {
  if (value === null || value === undefined) return '–';
  return new Intl.NumberFormat(current === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 2 }).format(Number(value));
}

/** A sum in đồng ("10.000.000 ₫"); VND has no minor unit. */
export function vnd(value) {
  if (value === null || value === undefined) return '–';
  return new Intl.NumberFormat(current === 'vi' ? 'vi-VN' : 'en-GB', { style: 'currency', currency: 'VND' }).format(Number(value));
}

/** A percentage given as 0–100 ("26,7%"). */
export function percent(value) {
  if (value === null || value === undefined) return '–';
  return new Intl.NumberFormat(current === 'vi' ? 'vi-VN' : 'en-GB', { style: 'percent', maximumFractionDigits: 1 }).format(Number(value) / 100);
}

/** A calendar date ("2025-03-31") as people write it. */
export function date(isoDate) {
  if (!isoDate) return '';
  return new Intl.DateTimeFormat(current === 'vi' ? 'vi-VN' : 'en-GB', { timeZone: 'UTC', dateStyle: 'short' }).format(new Date(`${isoDate}T00:00:00Z`));
}

export function dateTime(instant) {
  if (!instant) return '';
  return new Intl.DateTimeFormat(current === 'vi' ? 'vi-VN' : 'en-GB',
    { timeZone: ZONE, dateStyle: 'short', timeStyle: 'short' }).format(new Date(instant));
}

export function time(instant) {
  return new Intl.DateTimeFormat(current === 'vi' ? 'vi-VN' : 'en-GB',
    { timeZone: ZONE, timeStyle: 'medium' }).format(new Date(instant));
}

/** A catalogue unit in the current language (units without a translation, such as ha and m, stay as they are). */
export function unit(code) {
  const key = `unit.${code}`;
  return current === 'vi' && TEXT.vi[key] ? TEXT.vi[key] : code;
}

/** The catalogue name of an indicator in the current language. */
export function indicatorName(indicator) {
  return indicator ? (current === 'en' ? indicator.nameEn : indicator.nameVi) : '';
}

/** A datetime-local value ("2024-09-12T12:30"), read as Vietnam time (UTC+7, no daylight saving), as ISO-8601. */
export function vietnamInputToIso(value) {
  return value ? `${value.length === 16 ? `${value}:00` : value}+07:00` : null;
}

/** The datetime-local value showing an ISO instant in Vietnam time. */
export function isoToVietnamInput(iso) {
  if (!iso) return '';
  const shifted = new Date(new Date(iso).getTime() + 7 * 3600 * 1000);
  return shifted.toISOString().slice(0, 16);
}
