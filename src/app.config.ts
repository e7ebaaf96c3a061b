export default defineAppConfig({
  // The first page is the entry: it signs in (H5) or reads the profile (weapp) and routes by role.
  pages: [
    'pages/entry/index',
    'pages/index/index',
    'pages/repair/index',
    'pages/inbox/index',
    'pages/mine/index',
    'pages/repair-new/index',
    'pages/repair-detail/index',
    'pages/welcome/index',
  ],
  subPackages: [
    // Resident add-ons reached from the home page: the main package keeps only what the first
    // screens and the repair loop need (budget 500 KB, every user downloads it before anything shows).
    {
      root: 'life',
      pages: [
        'visitor-passes/index',
        'visitor-new/index',
        'visitor-pass/index',
        'visitor-shared/index',
        'bills/index',
        'bills-receipts/index',
        'bills-receipt/index',
        'incident/index',
        'personal-data/index',
      ],
    },
    // The resident's voice: complaints, suggestions, praise, surveys, return visits and their figures.
    {
      root: 'voice',
      pages: [
        'new/index',
        'mine/index',
        'detail/index',
        'queue/index',
        'surveys/index',
        'survey-new/index',
        'survey/index',
        'survey-results/index',
        'dashboard/index',
        'visits/index',
      ],
    },
    // The monthly service report: residents open it from the home card, the committee starts here.
    { root: 'report', pages: ['month/index', 'months/index', 'draft/index'] },
    { root: 'staff', pages: ['pool/index', 'jobs/index', 'job/index', 'gate/index'] },
    {
      root: 'admin',
      pages: [
        'console/index',
        'late/index',
        'orders/index',
        'order/index',
        'notices/index',
        'billing/index',
        'billing-arrears/index',
        'billing-orders/index',
        'billing-items/index',
        'dashboard/index',
        'people/index',
        'applications/index',
        'invites/index',
        'estate/index',
        'audit/index',
        'console-login/index',
        'vendors/index',
        'vendor-scorecard/index',
        'incidents/index',
      ],
    },
  ],
  preloadRule: {
    // Staff and managers go from the entry page straight into their subpackage: fetch both while it
    // signs in (well inside the 2 MB preload quota; WeChat caches them after).
    'pages/entry/index': { network: 'all', packages: ['staff', 'admin'] },
    // Residents reach visitors and bills from the home page: fetch them once it shows.
    'pages/index/index': { network: 'all', packages: ['life'] },
  },
  // WeChat's privacy check (on for every app since 2023-10-17; declared so DevTools and old base libraries agree).
  __usePrivacyCheck__: true,
  // A worker's on-site check-in reads the phone's location; WeChat refuses getLocation undeclared.
  ...(process.env.TARO_ENV === 'weapp'
    ? {
        requiredPrivateInfos: ['getLocation'],
        permission: { 'scope.userLocation': { desc: '维修签到时记录您所在的位置，证明已上门' } },
      }
    : {}),
  window: {
    backgroundTextStyle: 'dark',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTitleText: '邻里',
    navigationBarTextStyle: 'black',
    // H5 draws Taro's title bar (title and back button) only when the style is named.
    navigationStyle: 'default',
    backgroundColor: '#f5f6f8',
  },
  // H5 only: Taro's page slide sets a timer that hides the page being left; going back to it before
  // the timer fires (a quick back tap) left that page hidden, a blank screen under a working tab bar.
  ...(process.env.TARO_ENV === 'h5' ? { animation: false } : {}),
  tabBar: {
    color: '#666666',
    selectedColor: '#1f7aec',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      {
        pagePath: 'pages/index/index',
        text: '首页',
        iconPath: 'assets/tab/home.png',
        selectedIconPath: 'assets/tab/home-active.png',
      },
      {
        pagePath: 'pages/repair/index',
        text: '报修',
        iconPath: 'assets/tab/repair.png',
        selectedIconPath: 'assets/tab/repair-active.png',
      },
      // Its position is INBOX_TAB_INDEX (services/inbox-badge.ts): the unread badge sits on it.
      {
        pagePath: 'pages/inbox/index',
        text: '消息',
        iconPath: 'assets/tab/message.png',
        selectedIconPath: 'assets/tab/message-active.png',
      },
      {
        pagePath: 'pages/mine/index',
        text: '我的',
        iconPath: 'assets/tab/mine.png',
        selectedIconPath: 'assets/tab/mine-active.png',
      },
    ],
  },
})
