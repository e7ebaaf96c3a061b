export default defineAppConfig({
  // The first page is the entry: it signs in (H5) or reads the profile (weapp) and routes by role.
  pages: [
    'pages/entry/index',
    'pages/index/index',
    'pages/repair/index',
    'pages/mine/index',
    'pages/repair-new/index',
    'pages/repair-detail/index',
    'pages/visitor-passes/index',
    'pages/visitor-new/index',
    'pages/visitor-pass/index',
    'pages/visitor-shared/index',
    'pages/bills/index',
    'pages/bills-receipts/index',
    'pages/bills-receipt/index',
    'pages/welcome/index',
  ],
  subPackages: [
    { root: 'staff', pages: ['pool/index', 'jobs/index', 'job/index', 'gate/index'] },
    {
      root: 'admin',
      pages: [
        'late/index',
        'orders/index',
        'order/index',
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
      ],
    },
  ],
  // Staff and managers go from the entry page straight into their subpackage: fetch both while it
  // signs in (about 230 KB together, well inside the 2 MB preload quota; WeChat caches them after).
  preloadRule: { 'pages/entry/index': { network: 'all', packages: ['staff', 'admin'] } },
  window: {
    backgroundTextStyle: 'dark',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTitleText: '邻里',
    navigationBarTextStyle: 'black',
    backgroundColor: '#f5f6f8',
  },
  tabBar: {
    color: '#666666',
    selectedColor: '#1f7aec',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      { pagePath: 'pages/index/index', text: '首页', iconPath: 'assets/tab/home.png', selectedIconPath: 'assets/tab/home-active.png' },
      { pagePath: 'pages/repair/index', text: '报修', iconPath: 'assets/tab/repair.png', selectedIconPath: 'assets/tab/repair-active.png' },
      { pagePath: 'pages/mine/index', text: '我的', iconPath: 'assets/tab/mine.png', selectedIconPath: 'assets/tab/mine-active.png' },
    ],
  },
})
